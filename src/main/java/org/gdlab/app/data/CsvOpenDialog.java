package org.gdlab.app.data;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.core.data.Model;

/**
 * File ▸ Open data (CSV)…: the file chooser, then a small dialog to choose the model and its columns, and an
 * alert with the one-sentence problem when the file cannot be used. Forwards to a {@link CsvOpenModel}.
 */
public final class CsvOpenDialog {

    private CsvOpenDialog() {
    }

    /** @return the menu item that opens a CSV file for the window's data mode */
    public static MenuItem menuItem(CsvOpenModel model, FilePicker picker, java.util.function.Supplier<Window> owner) {
        MenuItem item = new MenuItem("Open _data (CSV)…");
        item.setId("menu-open-data");
        item.setOnAction(e -> picker.chooseOpen(owner.get(), "Open data", "CSV files", "*.csv", "*.txt")
                .ifPresent(model::choose));
        model.choiceProperty().addListener((o, was, c) -> {
            if (c != null) {
                ask(model, c, owner.get());
            }
        });
        model.problemProperty().addListener((o, was, p) -> {
            if (!p.isEmpty()) {
                Alert a = new Alert(Alert.AlertType.ERROR, p, ButtonType.OK);
                a.setHeaderText(null); // the sentence starts with "Could not open the data: "
                if (owner.get() != null) {
                    a.initOwner(owner.get());
                }
                a.show();
            }
        });
        return item;
    }

    private static void ask(CsvOpenModel model, CsvOpenModel.Choice c, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Open data: " + c.file().getFileName());
        if (owner != null) {
            d.initOwner(owner);
        }
        ComboBox<Model> kind = new ComboBox<>();
        kind.getItems().addAll(Model.values());
        kind.setValue(Model.LINEAR);
        kind.setId("csvModel");
        List<ComboBox<String>> boxes = new ArrayList<>();
        String[] names = {"x (feature)", "x2 (second feature)", "y (target)"};
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Model"), kind);
        for (int i = 0; i < 3; i++) {
            ComboBox<String> b = new ComboBox<>();
            b.getItems().addAll(c.columns());
            b.setValue(c.columns().get(Math.min(i, c.columns().size() - 1)));
            b.setId("csvColumn" + i);
            boxes.add(b);
            Label l = new Label(names[i]);
            g.addRow(i + 1, l, b);
            if (i == 1) {
                b.visibleProperty().bind(kind.valueProperty().isEqualTo(Model.LINEAR2));
                l.visibleProperty().bind(b.visibleProperty());
            }
        }
        boxes.get(2).setValue(c.columns().get(Math.min(1, c.columns().size() - 1)));
        kind.valueProperty().addListener((o, was, m) -> boxes.get(2).setValue(
                c.columns().get(Math.min(m.features(), c.columns().size() - 1))));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Model m = kind.getValue();
            List<String> cols = m == Model.LINEAR2
                    ? List.of(boxes.get(0).getValue(), boxes.get(1).getValue(), boxes.get(2).getValue())
                    : List.of(boxes.get(0).getValue(), boxes.get(2).getValue());
            model.open(m, cols);
        });
    }
}
