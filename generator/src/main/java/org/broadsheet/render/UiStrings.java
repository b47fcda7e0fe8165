package org.broadsheet.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;
import java.util.Map;

/**
 * The UI strings of one language, as templates see them: {@code ${t.topics}} for a plain string,
 * {@code ${t("articleCount", n)}} to fill {@code {0}}, {@code {1}}… A missing key is an error
 * naming the key and the language.
 */
public final class UiStrings implements TemplateHashModel, TemplateMethodModelEx {

    private final String language;
    private final Map<String, String> strings;

    public UiStrings(String language, Map<String, String> strings) {
        this.language = language;
        this.strings = Map.copyOf(strings);
    }

    public String language() {
        return language;
    }

    /**
     * The string for {@code key} with {@code {0}}… filled in, or an exception naming the key and
     * language. When the first argument is 1 and {@code key.one} exists, that singular form is used.
     */
    public String text(String key, Object... arguments) {
        boolean singular = arguments.length > 0 && "1".equals(String.valueOf(arguments[0]));
        String text = singular && strings.containsKey(key + ".one") ? strings.get(key + ".one") : strings.get(key);
        if (text == null) {
            throw new MissingString("missing UI string '" + key + "' for language '" + language
                    + "': add " + key + ": … to templates/i18n/" + language + ".yml");
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A UI string that the theme does not define. */
    public static final class MissingString extends RuntimeException {
        MissingString(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        try {
            return new SimpleScalar(text(key));
        } catch (MissingString e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    @Override
    public boolean isEmpty() {
        return strings.isEmpty();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(…) needs the key of a UI string, e.g. t(\"articleCount\", 3)");
        }
        Object[] values = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            values[i - 1] = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? String.valueOf(n.longValue()) : value;
        }
        try {
            return new SimpleScalar(text(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString(), values));
        } catch (MissingString e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
