package org.gdlab.app.basin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * The "Basin map" section of the side panel: show it, the resolution, colour by steps, the progress with a
 * cancel button, and PNG (the plot with the map, as on screen) and CSV export.
 */
public final class BasinPanel extends VBox {

    private final BasinViewModel basin;
    private final Node plot;
    private final Label message = new Label();

    /**
     * @param basin the view model
     * @param plot the node exported as PNG (the plot with the overlay)
     */
    public BasinPanel(BasinViewModel basin, Node plot) {
        super(6);
        this.basin = basin;
        this.plot = plot;
        setId("basinPanel");
        Label head = new Label("Basin map");
        head.getStyleClass().add("section-title");

        CheckBox show = new CheckBox("Show where each start ends (B)");
        show.setId("basinShow");
        show.selectedProperty().bindBidirectional(basin.enabledProperty());
        show.setTooltip(new Tooltip("Run the optimizer from every start on a grid over the view and colour the plot by the"
                + " minimum it reaches, or divergence, or running out of steps. Recomputed when α, the optimizer,"
                + " the surface or the view change."));

        ComboBox<Integer> res = new ComboBox<>();
        res.setId("basinResolution");
        res.getItems().setAll(BasinViewModel.RESOLUTIONS);
        res.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                basin.resolutionProperty().set(is);
            }
        });
        res.setValue(basin.resolutionProperty().get());
        res.setTooltip(new Tooltip("Starts per side of the grid"));
        CheckBox bySteps = new CheckBox("Colour by steps");
        bySteps.setId("basinBySteps");
        bySteps.selectedProperty().bindBidirectional(basin.colorByStepsProperty());
        HBox row = new HBox(10, new Label("Grid"), res, bySteps);
        row.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("basinProgress");
        bar.progressProperty().bind(basin.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("basinCancel");
        cancel.disableProperty().bind(basin.runningProperty().not());
        cancel.setOnAction(e -> basin.cancel());
        Button again = new Button("Recompute");
        again.disableProperty().bind(basin.enabledProperty().not().or(basin.runningProperty()));
        again.setOnAction(e -> basin.recompute());
        HBox progressRow = new HBox(8, bar, cancel, again);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Button png = new Button("PNG…");
        png.setId("basinPng");
        png.disableProperty().bind(basin.enabledProperty().not());
        png.setOnAction(e -> choose("basin-map.png", "PNG image", "*.png").ifPresent(this::exportPng));
        Button csv = new Button("CSV…");
        csv.setId("basinCsv");
        csv.disableProperty().bind(basin.mapProperty().isNull());
        csv.setOnAction(e -> choose("basin-map.csv", "CSV", "*.csv").ifPresent(this::exportCsv));
        HBox exports = new HBox(8, new Label("Export"), png, csv);
        exports.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(basin.summaryProperty());
        message.setWrapText(true);
        getChildren().addAll(head, show, row, progressRow, summary, exports, message);
    }

    private java.util.Optional<Path> choose(String name, String what, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Write the plot with the basin map, as on screen, as a PNG. */
    public void exportPng(Path file) {
        try {
            WritableImage img = plot.snapshot(null, null);
            java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(img, null);
            org.gdlab.core.scenario.AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
            message.setText("Saved " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            message.setText("Could not save: " + e.getMessage());
        }
    }

    /** Write the finished map as CSV. */
    public void exportCsv(Path file) {
        try {
            basin.writeCsv(file);
            message.setText("Saved " + file.getFileName());
        } catch (IOException | RuntimeException e) {
            message.setText("Could not save: " + e.getMessage());
        }
    }
}
