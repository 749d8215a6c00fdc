/**
 * Scenarios in the window: {@link org.gdlab.app.scenario.ScenarioMapper} maps a
 * {@link org.gdlab.core.scenario.Scenario} to the view model's state and back (the first run is the main
 * run; the others are kept for the race), {@link org.gdlab.app.scenario.ScenarioDocument} is what is open
 * (file, New/Open/Save, recent files), {@link org.gdlab.app.scenario.AppConfig} stores recent files and the
 * last session in the user's config area, and {@link org.gdlab.app.scenario.FileMenu} is the File menu.
 */
package org.gdlab.app.scenario;
