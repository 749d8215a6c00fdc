package org.gdlab.app.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.gdlab.app.scenario.FileMenu;

/**
 * Help ▸ About GD Lab: the version, the licence, and the licences of everything the packaged app bundles
 * (the Java runtime, JavaFX, the libraries and the colour-map data); and the app's icon. Versions are read
 * from what is running, not written here: the packaged launcher's {@code jpackage.app-version}, the
 * libraries' own version constants and Maven descriptors.
 */
public final class AboutBox {

    /** the icon's sizes, as resources {@code gdlab-SIZE.png} beside this class */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private AboutBox() {
    }

    /** @return the Help menu with its one item, About GD Lab */
    public static Menu menu(Supplier<Window> owner) {
        MenuItem about = new MenuItem("_About GD Lab");
        about.setId("menu-about");
        about.setOnAction(e -> show(owner.get()));
        Menu help = new Menu("_Help", null, about);
        help.setId("help-menu");
        return help;
    }

    /** Shows the box (not blocking: returns at once). */
    public static Alert show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle("About GD Lab");
        a.setHeaderText("GD Lab " + version() + "\nGradient descent, made visible.");
        ImageView logo = new ImageView(new Image(AboutBox.class.getResource("gdlab-64.png").toExternalForm()));
        a.setGraphic(logo);
        TextArea text = new TextArea(text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(60);
        text.setPrefRowCount(18);
        text.setId("about-text");
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("about-dialog");
        FileMenu.styleLike(owner, a.getDialogPane());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
        return a;
    }

    /** @return the window icon in every size the system may ask for */
    public static List<Image> icons() {
        List<Image> images = new ArrayList<>();
        for (int s : ICON_SIZES) {
            images.add(new Image(AboutBox.class.getResource("gdlab-" + s + ".png").toExternalForm()));
        }
        return images;
    }

    /**
     * @return GD Lab's version: the packaged app's (set by its launcher), else the jar's Maven version, else
     *         "(development build)"
     */
    public static String version() {
        String packaged = System.getProperty("jpackage.app-version");
        if (packaged != null && !packaged.isBlank()) {
            return packaged;
        }
        String maven = mavenVersion("org.gdlab", "gdlab");
        return maven != null ? maven : "(development build)";
    }

    /** @return the body of the box: licence, runtime, bundled libraries and data, each with its licence */
    public static String text() {
        StringBuilder b = new StringBuilder();
        b.append("Copyright (c) 2026 The GD Lab developers.\n");
        b.append("GD Lab is free software under the MIT licence (the file LICENSE in its source).\n\n");
        b.append("Runs on\n");
        line(b, "Java runtime " + Runtime.version() + " (OpenJDK)", "GPL-2.0 with the Classpath Exception");
        line(b, "JavaFX " + javaFxVersion() + " (OpenJFX)", "GPL-2.0 with the Classpath Exception");
        b.append("\nLibraries\n");
        line(b, "JFreeChart " + mavenOr("org.jfree", "jfreechart"), "LGPL-2.1 or later");
        line(b, "JFreeChart-FX " + mavenOr("org.jfree", "org.jfree.chart.fx"), "LGPL-2.1 or later");
        line(b, "FXGraphics2D " + mavenOr("org.jfree", "org.jfree.fxgraphics2d"), "BSD-3-Clause");
        line(b, "JFreeSVG " + mavenOr("org.jfree", "org.jfree.svg"), "GPL-3.0 or later");
        line(b, "EJML " + constant("org.ejml.EjmlVersion", "VERSION"), "Apache-2.0");
        line(b, "picocli " + constant("picocli.CommandLine", "VERSION"), "Apache-2.0");
        line(b, "Jackson " + mavenOr("com.fasterxml.jackson.core", "jackson-databind")
                + " (databind, core, annotations)", "Apache-2.0");
        line(b, "Apache Commons CSV " + mavenOr("org.apache.commons", "commons-csv") + " (with Commons IO "
                + mavenOr("commons-io", "commons-io") + " and Commons Codec " + mavenOr("commons-codec", "commons-codec")
                + ")", "Apache-2.0");
        b.append("\nData\n");
        line(b, "Colour maps viridis and magma, by Stéfan van der Walt, Nathaniel J. Smith and Eric Firing",
                "CC0 1.0");
        line(b, "Colour map cividis, by Jamie R. Nuñez, Christopher R. Anderton and Ryan S. Renslow, "
                + "Copyright (c) 2017 Battelle Memorial Institute", "BSD-style licence of pnnl/cmaputil");
        line(b, "The surfaces, lessons, example scenarios and generated datasets", "part of GD Lab, MIT");
        line(b, "Dataset cars: speed and stopping distance of 50 cars, Ezekiel (1930), Methods of Correlation Analysis",
                "public domain");
        line(b, "Dataset challenger: launch temperature and O-ring damage of 23 shuttle flights, Report of the "
                + "Presidential Commission on the Space Shuttle Challenger Accident (1986)", "public domain (US government work)");
        return b.toString();
    }

    private static void line(StringBuilder b, String what, String licence) {
        b.append("  ").append(what).append(" — ").append(licence).append('\n');
    }

    /** @return JavaFX's version, from the toolkit (once started) or from javafx.base's own properties */
    static String javaFxVersion() {
        String v = System.getProperty("javafx.runtime.version");
        if (v != null) {
            return v;
        }
        try (InputStream in = javafx.beans.Observable.class.getResourceAsStream("/javafx.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("javafx.runtime.version", p.getProperty("javafx.version", "?"));
            }
        } catch (IOException e) {
            // unknown
        }
        return "?";
    }

    private static String mavenOr(String group, String artifact) {
        String v = mavenVersion(group, artifact);
        return v != null ? v : "?";
    }

    /** @return the version in the jar's Maven descriptor (kept in the jar and in the shaded jar), or null */
    static String mavenVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = AboutBox.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** @return a library's public version constant, or "?" */
    private static String constant(String className, String field) {
        try {
            return String.valueOf(Class.forName(className).getField(field).get(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return "?";
        }
    }
}
