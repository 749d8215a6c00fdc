/**
 * Playback of a planned path: {@link org.gdlab.app.playback.PlaybackController} holds the current step,
 * play/pause, speed and "instant"; the view drives {@link org.gdlab.app.playback.PlaybackController#tick}
 * from an {@code AnimationTimer}.
 */
package org.gdlab.app.playback;
