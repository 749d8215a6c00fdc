package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gdlab lessons}: lists the built-in lessons, one per line: id, then title. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = {"List the built-in lessons (id and title), in teaching order.",
                "Render one with 'gdlab render --lesson ID --png OUT'."})
final class LessonsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Lessons.ids().stream().mapToInt(String::length).max().orElse(0);
        for (Lesson l : Lessons.all()) {
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", l.id(), l.title()));
        }
        out.flush();
        return 0;
    }
}
