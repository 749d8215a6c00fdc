package org.gdlab.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers and case conversion must not depend on the default locale (issue 11): the main sources format
 * with {@code Locale.ROOT} or {@code core.math.NumberText}, convert case with {@code Locale.ROOT}, and parse
 * numbers only through NumberText. A scan of the code (comments left out), as JabRef's architecture tests.
 */
class LocaleArchitectureTest {

    /** "Locale.ROOT" or "java.util.Locale.ROOT" as the first argument */
    private static final String ROOT_FIRST = "\\s*(java\\.util\\.)?Locale\\.ROOT\\b";

    /** What may not be written, and why. */
    private record Rule(Pattern pattern, String why, Set<String> allowedIn) {
        Rule(String regex, String why, String... allowedIn) {
            this(Pattern.compile(regex), why, Set.of(allowedIn));
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("\\bString\\.format\\((?!" + ROOT_FIRST + ")", "String.format without Locale.ROOT"),
            new Rule("\\.formatted\\(", ".formatted() formats in the default locale"),
            new Rule("\\.printf\\((?!" + ROOT_FIRST + ")", "printf without Locale.ROOT"),
            new Rule("\\bBindings\\.format\\((?!" + ROOT_FIRST + ")", "Bindings.format without Locale.ROOT"),
            new Rule("\\.asString\\((?!\\s*\\)|" + ROOT_FIRST + ")", "asString(format) without Locale.ROOT"),
            new Rule("\\.to(Lower|Upper)Case\\(\\s*\\)", "case conversion without Locale.ROOT (Turkish dotless i)"),
            new Rule("\\bnew\\s+(java\\.text\\.)?DecimalFormat\\(|\\bNumberFormat\\.get\\w*Instance\\(",
                    "a java.text number format: use NumberText.decimalFormat (Locale.ROOT symbols, no grouping)",
                    "core/math/NumberText.java"),
            new Rule("\\bcreate(Standard|Integer)TickUnits\\(\\s*\\)|\\bnew\\s+NumberTickUnit\\([^,()]*\\)",
                    "JFreeChart tick units in the default locale: use ChartNumbers"),
            new Rule("\\b(Double\\.parseDouble|Double\\.valueOf|Float\\.parseFloat)\\(",
                    "parse numbers with NumberText.parse",
                    "core/math/NumberText.java", // the one parser
                    "core/expr/Lexer.java", // the formula lexer's own digits and '.'
                    "core/colormap/ColorTable.java")); // a bundled resource

    /** A Scanner reads numbers in the default locale unless told otherwise. */
    private static final Pattern SCANNER = Pattern.compile("\\bnew\\s+(java\\.util\\.)?Scanner\\(");
    private static final Pattern SCANNER_ROOT = Pattern.compile("\\.useLocale\\(" + ROOT_FIRST + "\\)");

    @Test
    void mainSourcesFormatParseAndConvertCaseIndependentlyOfTheLocale() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> e : SourceText.mainCode().entrySet()) {
            found.addAll(violations(e.getKey(), e.getValue()));
        }
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "String s = String.format(\"%.2f\", v);",
        "String s = \"%.2f\".formatted(v);",
        "out.printf(\"%d%n\", k);",
        "label.textProperty().bind(Bindings.format(\"%d\", p));",
        "label.textProperty().bind(p.asString(\"%.4g\"));",
        "String id = name.toLowerCase();",
        "String id = name.toUpperCase( );",
        "NumberFormat f = NumberFormat.getInstance();",
        "DecimalFormat f = new DecimalFormat(\"0.00\");",
        "axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());",
        "units.add(new NumberTickUnit(d));",
        "double v = Double.parseDouble(field.getText());",
        "Scanner in = new Scanner(System.in); double v = in.nextDouble();",
    })
    void eachRuleFindsItsCase(String code) {
        assertEquals(1, violations("app/Example.java", code).size(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "String s = String.format(Locale.ROOT, \"%.2f\", v);",
        "String s = String.format(java.util.Locale.ROOT, \"%.2f\", v);",
        "out.printf(Locale.ROOT, \"%d%n\", k);",
        "label.textProperty().bind(Bindings.format(Locale.ROOT, \"%d\", p));",
        "label.textProperty().bind(p.asString(Locale.ROOT, \"%d levels\"));",
        "label.textProperty().bind(p.asString());",
        "String id = name.toLowerCase(Locale.ROOT);",
        "// name.toLowerCase() in a comment",
        "/* String.format(\"%d\", k) in a comment */",
        "units.add(new NumberTickUnit(d, ChartNumbers.format()));",
        "Scanner in = new Scanner(System.in).useLocale(Locale.ROOT);",
    })
    void localeIndependentCodePasses(String code) {
        assertEquals(List.of(), violations("app/Example.java", SourceText.withoutComments(code)), code);
    }

    /** @return "file:line: why: code" for each rule broken in the code of one file */
    static List<String> violations(String file, String code) {
        List<String> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (r.allowedIn().contains(file)) {
                continue;
            }
            Matcher m = r.pattern().matcher(code);
            while (m.find()) {
                out.add(where(file, code, m.start()) + r.why());
            }
        }
        Matcher s = SCANNER.matcher(code);
        if (s.find() && !SCANNER_ROOT.matcher(code).find()) {
            out.add(where(file, code, s.start()) + "a Scanner without useLocale(Locale.ROOT)");
        }
        return out;
    }

    private static String where(String file, String code, int offset) {
        int line = 1 + (int) code.substring(0, offset).chars().filter(c -> c == '\n').count();
        String text = code.lines().skip(line - 1).findFirst().orElse("").strip();
        return file + ":" + line + ": " + text + "  <- ";
    }
}
