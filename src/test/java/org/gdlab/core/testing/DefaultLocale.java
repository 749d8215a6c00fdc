package org.gdlab.core.testing;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a piece of a test under another default locale and restores the previous one (all categories)
 * afterwards, for checks that numbers and case conversion do not depend on the machine's locale.
 */
public final class DefaultLocale {

    /**
     * Locales whose own number formats differ from the program's: decimal commas (German, French with a
     * narrow no-break space as grouping), the dotless i (Turkish), native digits (Thai with its numbering
     * system, Arabic with Arabic-Indic digits and '٫').
     */
    public static final List<String> TAGS = List.of("de-DE", "fr-FR", "tr-TR", "th-TH-u-nu-thai", "ar-EG");

    private DefaultLocale() {
    }

    /** @return what body returns, computed with {@code Locale.forLanguageTag(tag)} as the default locale */
    public static <T> T with(String tag, Supplier<T> body) {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.forLanguageTag(tag));
        try {
            return body.get();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    /** Runs body with {@code Locale.forLanguageTag(tag)} as the default locale. */
    public static void run(String tag, Runnable body) {
        with(tag, () -> {
            body.run();
            return null;
        });
    }

    /**
     * @return true when every digit in s is an ASCII digit and no comma or no-break space sits between two
     *         digits (a decimal comma or digit grouping); "(1.5, 2)" passes, "1,5", "1 000" and "๑.๕" do not
     */
    public static boolean hasOnlyPointDecimals(String s) {
        return s.codePoints().filter(Character::isDigit).allMatch(c -> c >= '0' && c <= '9')
                && !s.matches("(?s).*[0-9][,\u066B\u066C\u00A0\u202F][0-9].*");
    }
}
