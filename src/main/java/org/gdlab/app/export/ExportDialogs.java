package org.gdlab.app.export;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gdlab.app.scenario.FileMenu;
import org.gdlab.render.ExportSize;
import org.gdlab.render.GifOptions;

/** The export dialogs: the picture size, the GIF's frames, and a progress window with Cancel. */
public final class ExportDialogs {

    /** Sizes offered first; any other up to 3840×2160 can be typed. */
    static final ExportSize[] PRESETS = {new ExportSize(1280, 720), new ExportSize(1920, 1080),
        new ExportSize(2560, 1440), new ExportSize(3840, 2160), new ExportSize(1024, 1024)};

    private ExportDialogs() {
    }

    /** A width × height chooser: presets and two spinners. */
    private static final class SizeFields {
        final Spinner<Integer> width = new Spinner<>(ExportSize.MIN, ExportSize.MAX_WIDTH, 1280, 16);
        final Spinner<Integer> height = new Spinner<>(ExportSize.MIN, ExportSize.MAX_HEIGHT, 720, 16);
        final ComboBox<String> preset = new ComboBox<>();

        SizeFields(ExportSize initial) {
            width.setEditable(true);
            height.setEditable(true);
            width.setId("export-width");
            height.setId("export-height");
            width.getValueFactory().setValue(initial.width());
            height.getValueFactory().setValue(initial.height());
            for (ExportSize s : PRESETS) {
                preset.getItems().add(s.width() + " × " + s.height());
            }
            preset.setPromptText("preset");
            preset.setOnAction(e -> {
                int i = preset.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    width.getValueFactory().setValue(PRESETS[i].width());
                    height.getValueFactory().setValue(PRESETS[i].height());
                }
            });
        }

        void addTo(GridPane g, int row) {
            g.addRow(row, new Label("Preset"), preset);
            g.addRow(row + 1, new Label("Width (px)"), width);
            g.addRow(row + 2, new Label("Height (px)"), height);
        }

        ExportSize size() {
            return new ExportSize(width.getValue(), height.getValue());
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        return g;
    }

    private static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        if (owner != null) {
            d.initOwner(owner);
        }
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        FileMenu.styleLike(owner, d.getDialogPane());
        return d;
    }

    /** @return the size chosen for a PNG or SVG, or empty when cancelled */
    public static Optional<ExportSize> askSize(Window owner, String title, ExportSize initial) {
        Dialog<ExportSize> d = dialog(owner, title);
        SizeFields f = new SizeFields(initial);
        GridPane g = grid();
        f.addTo(g, 0);
        g.add(new Label("The picture is drawn at this size, whatever the window's size (at most 3840 × 2160)."), 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b == ButtonType.OK ? f.size() : null);
        return d.showAndWait();
    }

    /** @return the GIF settings chosen, or empty when cancelled */
    public static Optional<GifSettings> askGif(Window owner, GifSettings initial) {
        Dialog<GifSettings> d = dialog(owner, "Export an animated GIF");
        SizeFields f = new SizeFields(initial.size());
        Spinner<Integer> frames = new Spinner<>(2, GifOptions.MAX_FRAMES, initial.frames(), 10);
        frames.setEditable(true);
        Spinner<Integer> delay = new Spinner<>(20, 10_000, initial.frameDelayMs(), 10);
        delay.setEditable(true);
        GridPane g = grid();
        f.addTo(g, 0);
        g.addRow(3, new Label("Frames (about)"), frames);
        g.addRow(4, new Label("Each frame (ms)"), delay);
        d.getDialogPane().setContent(g);
        d.setResultConverter(b -> b == ButtonType.OK ? new GifSettings(f.size(), frames.getValue(), delay.getValue()) : null);
        return d.showAndWait();
    }

    /**
     * Shows a progress window for the export that is running: a message, a progress bar (indeterminate
     * until the export reports progress) and, if it can be cancelled, Cancel. It closes when the export
     * ends; a failure is said in the status line (by the export's background).
     *
     * @return the progress window (shown), or null when no export is running
     */
    public static Stage showProgress(Window owner, String title, String message, ExportService export, boolean cancellable) {
        if (!export.runningProperty().get()) {
            return null;
        }
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(Bindings.when(export.progressProperty().greaterThan(0))
                .then(export.progressProperty()).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
        VBox box = new VBox(10, new Label(title), bar, new Label(message));
        box.setPadding(new Insets(16));
        if (cancellable) {
            Button b = new Button("Cancel");
            b.setId("export-cancel");
            b.setCancelButton(true);
            b.setOnAction(e -> {
                b.setDisable(true);
                export.cancel();
            });
            box.getChildren().add(b);
        }
        FileMenu.styleLike(owner, box);
        Scene scene = new Scene(box);
        stage.setScene(scene);
        export.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) {
                    o.removeListener(this);
                    stage.close();
                }
            }
        });
        stage.show();
        return stage;
    }
}
