package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gdlab.app.scenario.AppConfig;
import org.gdlab.app.scenario.FilePicker;
import org.gdlab.app.viewmodel.LabViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window (menus, caption bar, main view, help overlay) in a 1280×800 scene, with a config directory
 * and a file picker that answer from the test (never the user's config area or a real dialog).
 */
public final class ShellFixture {

    public final AppShell shell;
    public final MainView view;
    public final LabViewModel vm;
    /** the answers the file picker gives, in order (empty: cancelled) */
    public final Deque<Path> answers = new ArrayDeque<>();

    public ShellFixture(Stage stage, Path configDir) {
        view = GdLabApp.createView();
        vm = view.viewModel();
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> chooseOpen(Window owner, String title, String description, String... extensions) {
                return Optional.ofNullable(answers.poll());
            }

            @Override
            public Optional<Path> chooseSave(Window owner, String title, String suggestedName, String description,
                                             String... extensions) {
                return Optional.ofNullable(answers.poll());
            }
        };
        shell = new AppShell(view, new AppConfig(configDir), picker);
        stage.setScene(shell.createScene(GdLabApp.WIDTH, GdLabApp.HEIGHT));
        stage.show();
        view.plot().requestFocus();
    }

    /** Wait until all background work of the window has been published on the JavaFX thread. */
    public void idle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS), "background work finished");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Run on the JavaFX thread and wait for the result. */
    public static <T> T fx(java.util.concurrent.Callable<T> c) {
        return UiFixture.fx(c);
    }

    /** Run on the JavaFX thread and wait until it has run. */
    public static void fx(Runnable r) {
        UiFixture.fx(r);
    }
}
