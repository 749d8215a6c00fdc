package org.gdlab.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ScalarGrid;
import org.gdlab.core.surface.Surface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A κ or θ change shows its path first: the new surface's picture (tens of milliseconds on every core) is
 * computed only once the path is published and the frame showing it is drawn, so that it does not compete
 * with the path for the cores. Whatever becomes of the path, the picture comes.
 */
class PathBeforePictureTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private final List<String> log = new ArrayList<>();
    private LabViewModel vm;

    @BeforeEach
    void create() {
        Background background = jobs.background();
        vm = new LabViewModel(background);
        vm.plot().setPlotArea(64, 26, 300, 200);
        jobs.drain();
        background.setBeforeJob(kind -> log.add("start " + kind));
        vm.pathProperty().addListener(o -> log.add("path"));
        vm.plot().pictureProperty().addListener(o -> log.add("picture"));
    }

    private ParameterModel kappa() {
        return vm.parameters().stream().filter(p -> p.spec().name().equals("kappa")).findFirst().orElseThrow();
    }

    @Test
    void aKappaChangeStartsItsPictureOnlyAfterItsPathIsPublished() {
        kappa().value().set(40);
        jobs.drain();
        assertEquals(List.of("start " + LabViewModel.PATH_FAILURE, "path", "start " + PlotViewModel.FAILURE, "picture"),
                log);
        assertShowsTheSurfaceOnScreen();
    }

    @Test
    void thePictureWaitsForTheFrameThatShowsThePath() {
        List<Runnable> frame = new ArrayList<>();
        vm.background().setFrameDrawn(frame::add);
        ContourPicture before = vm.plot().pictureProperty().get();
        kappa().value().set(40);
        jobs.drain();
        assertEquals(List.of("start " + LabViewModel.PATH_FAILURE, "path"), log, "no picture before the frame is drawn");
        assertSame(before, vm.plot().pictureProperty().get());
        assertFalse(vm.plot().pictureIsLatest(), "the picture on screen is not the one asked for");
        assertEquals(1, frame.size());
        frame.get(0).run();
        jobs.drain();
        assertTrue(vm.plot().pictureIsLatest());
        assertShowsTheSurfaceOnScreen();
    }

    @Test
    void aPathThatCannotRunStillLetsThePictureCome() {
        vm.scheduleProperty().set("step:0:2");
        jobs.drain();
        assertFalse(vm.settingsProblemProperty().get().isEmpty(), "a step schedule every 0 steps cannot run");
        ContourPicture before = vm.plot().pictureProperty().get();
        log.clear();
        kappa().value().set(40);
        jobs.drain();
        assertFalse(log.contains("path"), "no path is planned");
        assertNotSame(before, vm.plot().pictureProperty().get());
        assertShowsTheSurfaceOnScreen();
    }

    @Test
    void aFailedPathStillLetsThePictureCome() {
        vm.background().setBeforeJob(kind -> {
            if (kind.equals(LabViewModel.PATH_FAILURE)) {
                throw new IllegalStateException("injected");
            }
        });
        ContourPicture before = vm.plot().pictureProperty().get();
        kappa().value().set(40);
        jobs.drain();
        assertNotSame(before, vm.plot().pictureProperty().get());
        assertTrue(vm.plot().pictureIsLatest());
        assertShowsTheSurfaceOnScreen();
    }

    @Test
    void changesFasterThanThePathEndOnThePictureOfTheLastSurface() {
        List<Runnable> frame = new ArrayList<>();
        vm.background().setFrameDrawn(frame::add);
        kappa().value().set(40);
        kappa().value().set(60); // before the first path is out: its job is replaced
        jobs.drain();
        assertFalse(vm.plot().pictureIsLatest());
        frame.forEach(Runnable::run);
        jobs.drain();
        assertTrue(vm.plot().pictureIsLatest());
        assertEquals(60, kappa().value().get(), 0);
        assertShowsTheSurfaceOnScreen();
    }

    /** the picture's grid values are the surface's values at its grid points (corners and centre) */
    private void assertShowsTheSurfaceOnScreen() {
        Surface s = vm.surfaceProperty().get();
        ScalarGrid g = vm.plot().pictureProperty().get().grid();
        for (int[] ij : new int[][] {{0, 0}, {g.nx() - 1, 0}, {0, g.ny() - 1}, {g.nx() / 2, g.ny() / 2}}) {
            assertEquals(s.value(g.x(ij[0]), g.y(ij[1])), g.value(ij[0], ij[1]), 1e-9 * (1 + Math.abs(g.value(ij[0], ij[1]))));
        }
    }
}
