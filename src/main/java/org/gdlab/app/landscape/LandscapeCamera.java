package org.gdlab.app.landscape;

import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

/**
 * The orbit camera as a transform: the camera sits at distance d on the −Z axis, is tilted up about X by
 * the pitch (so it looks down on the surface) and turned about the vertical by the yaw, always looking at
 * the origin (the middle of the box). Shared by the 3-D view and the canvas sketch so both show the same.
 */
final class LandscapeCamera {

    /** vertical field of view, degrees (JavaFX's default for a PerspectiveCamera) */
    static final double FIELD_OF_VIEW = 30;

    private LandscapeCamera() {
    }

    /** @return true when the field of view is measured vertically: the viewport is at least as wide as high */
    static boolean verticalFieldOfView(double width, double height) {
        return width >= height;
    }

    /** @return the focal length in pixels of a w × h viewport (the field of view spans the narrower side) */
    static double focal(double w, double h) {
        double side = verticalFieldOfView(w, h) ? h : w;
        return (side / 2) / Math.tan(Math.toRadians(FIELD_OF_VIEW / 2));
    }

    /** @return camera → scene */
    static Transform of(double yaw, double pitch, double distance) {
        return new Rotate(yaw, Rotate.Y_AXIS)
                .createConcatenation(new Rotate(-pitch, Rotate.X_AXIS))
                .createConcatenation(new Translate(0, 0, -distance));
    }
}
