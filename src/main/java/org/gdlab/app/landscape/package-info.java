/**
 * The 3-D landscape: the surface C(x, y) over the plot's view as a lit, coloured mesh, with the path of
 * the run on it and the current iterate as a ball that moves with the playback.
 *
 * <p>{@link org.gdlab.app.landscape.LandscapeFrame} maps (x, y, C) to scene coordinates (the view's longer
 * side spans {@link org.gdlab.app.landscape.LandscapeFrame#SIZE} units, the height range
 * {@link org.gdlab.app.landscape.LandscapeFrame#HEIGHT} times the vertical scale, optionally of log C).
 * {@link org.gdlab.app.landscape.LandscapeMesh} holds the mesh arrays and texture (the plot's colour map,
 * level lines painted in), built off the JavaFX thread; {@link org.gdlab.app.landscape.PathTube} turns a
 * path into a thin tube mesh. {@link org.gdlab.app.landscape.LandscapeViewModel} (no nodes) owns the
 * settings, the camera and the built data; {@link org.gdlab.app.landscape.LandscapeView} shows them in a
 * JavaFX 3-D SubScene, or, where the graphics pipeline has no 3-D (software rendering, headless tests),
 * projects the same data onto a canvas ({@link org.gdlab.app.landscape.LandscapeSketch}).
 */
package org.gdlab.app.landscape;
