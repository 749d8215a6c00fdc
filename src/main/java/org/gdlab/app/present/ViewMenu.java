package org.gdlab.app.present;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: full screen, UI scale (larger, smaller, 100 % to 200 %), theme, side panel, present, help.
 * The accelerators are only shown here: {@link Presentation}'s key filter handles the keys first.
 */
public final class ViewMenu {

    private ViewMenu() {
    }

    /** @return the menu, bound to the model */
    public static Menu create(WindowLayout layout) {
        PresentationModel pm = layout.presentation();
        Menu menu = new Menu("_View");
        menu.setId("view-menu");
        CheckMenuItem full = new CheckMenuItem("Full screen");
        full.setAccelerator(KeyCombination.keyCombination("F11"));
        full.selectedProperty().bindBidirectional(pm.fullScreenProperty());
        MenuItem side = item("Show / hide the side panel", "F9", layout::toggleSidePanel);
        side.setId("menu-side-panel");
        MenuItem larger = item("Larger", "Shortcut+EQUALS", pm::larger);
        MenuItem smaller = item("Smaller", "Shortcut+MINUS", pm::smaller);
        Menu scale = new Menu("UI scale");
        scale.setId("menu-scale");
        ToggleGroup scales = new ToggleGroup();
        for (int p = 100; p <= 200; p += 25) {
            RadioMenuItem r = new RadioMenuItem(p + " %");
            double v = p / 100.0;
            r.setToggleGroup(scales);
            r.setUserData(v);
            r.setOnAction(e -> pm.setScale(v));
            scale.getItems().add(r);
        }
        Runnable syncScale = () -> scales.getToggles().forEach(t -> t.setSelected((double) t.getUserData() == pm.scaleProperty().get()));
        pm.scaleProperty().addListener(o -> syncScale.run());
        syncScale.run();
        scale.getItems().addAll(new SeparatorMenuItem(), larger, smaller, item("100 %", "Shortcut+DIGIT0", pm::actualSize));
        Menu theme = new Menu("Theme (T)");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.displayName());
            r.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            r.setToggleGroup(themes);
            r.setSelected(pm.themeProperty().get() == t);
            r.setOnAction(e -> pm.themeProperty().set(t));
            pm.themeProperty().addListener((o, was, is) -> r.setSelected(is == t));
            theme.getItems().add(r);
        }
        CheckMenuItem present = new CheckMenuItem("Present (full screen, 150 %, high contrast; F5 or Esc leaves)");
        present.setAccelerator(KeyCombination.keyCombination("F5"));
        present.setId("menu-present");
        present.setSelected(pm.presentingProperty().get());
        pm.presentingProperty().addListener((o, was, is) -> present.setSelected(is));
        present.setOnAction(e -> {
            pm.togglePresenting();
            present.setSelected(pm.presentingProperty().get());
        });
        MenuItem help = item("Keys and help", "F1", pm::toggleHelp);
        help.setId("menu-help");
        menu.getItems().addAll(present, new SeparatorMenuItem(), full, side, scale, theme, new SeparatorMenuItem(), help);
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }
}
