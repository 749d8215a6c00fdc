/**
 * Built-in lessons: prepared scenarios with a caption of what to notice and one thing to try, for a
 * lecture ({@link org.gdlab.core.lesson.Lessons}). Each lesson's claim is checked by a test that runs the
 * simulation.
 */
package org.gdlab.core.lesson;
