package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.gdlab.app.viewmodel.ParameterModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@link Timeline}, the benchmark hook behind {@code -Dgdlab.timeline}: a κ change in the window prints its
 * moments in the order they happen (the surface, its path's job, the path, a pulse laying the path out), each
 * with the wall clock's seconds written the same under any default locale.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTest {

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @Test
    void aMomentIsItsNameAndTheEpochSecondsWithNineDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("TIMELINE PATH 1700000000.000000042",
                    Timeline.line("PATH", Instant.ofEpochSecond(1_700_000_000L, 42)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKappaChangePrintsItsSurfaceItsPathsJobItsPathAndThePulseThatLaysItOutInThatOrder() {
        ui.idle();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 5), ZoneOffset.UTC);
        UiFixture.fx(() -> {
            Timeline.install(ui.view.getScene(), ui.vm, out, clock);
            ParameterModel kappa = ui.vm.parameters().stream().filter(p -> p.spec().name().equals("kappa"))
                    .findFirst().orElseThrow();
            kappa.value().set(25);
        });
        ui.idle();
        UiFixture.fx(() -> ui.vm.background().setBeforeJob(null));
        List<String> names = bytes.toString(StandardCharsets.UTF_8).lines().map(l -> {
            String[] f = l.split(" ");
            assertEquals(3, f.length, l);
            assertEquals("TIMELINE", f[0], l);
            assertEquals("1700000000.000000005", f[2], l);
            return f[1];
        }).toList();
        int surface = names.indexOf("SURFACE");
        int job = names.indexOf("JOB:Could_not_compute_the_path");
        int path = names.indexOf("PATH");
        int pulse = names.subList(Math.max(path, 0), names.size()).indexOf("PULSE1");
        assertTrue(surface >= 0 && job > surface && path > job && pulse > 0, "in order: " + names);
        assertTrue(names.contains("PICTURE"), "the new surface's picture came too: " + names);
    }
}
