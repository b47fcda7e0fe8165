package org.broadsheet.render;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, as a template fails, whether it failed on the page's article's {@code extra} or on a value inside it, however
 * the theme reached it: {@code article.extra.desk}, a variable assigned it ({@code <#assign e = article.extra>}), a
 * macro's parameter or a loop's variable. FreeMarker calls it where the template failed, while those variables are
 * still in scope; the failure then reaches {@link Templates} as an {@link OverExtra}, and the writer of the article,
 * who gave {@code extra} its values, is told.
 */
final class ExtraBlame implements TemplateExceptionHandler {

    /** A template's failure on an article's {@code extra}: FreeMarker's own failure is its cause. */
    static final class OverExtra extends TemplateException {

        OverExtra(TemplateException failure, Environment env) {
            super(failure.getMessage(), failure, env);
        }

        /** FreeMarker's failure, which says where and why. */
        TemplateException failure() {
            return (TemplateException) getCause();
        }
    }

    /** The variable an expression starts from: {@code e} of {@code e.missing.deep}. */
    private static final Pattern ROOT = Pattern.compile("^\\s*([\\p{L}_$@][\\p{L}\\p{N}_$@]*)");

    @Override
    public void handleTemplateException(TemplateException failure, Environment env, Writer out)
            throws TemplateException {
        throw failure instanceof OverExtra || !onExtra(failure, env) ? failure : new OverExtra(failure, env);
    }

    private static boolean onExtra(TemplateException failure, Environment env) {
        String blamed = failure.getBlamedExpressionString();
        Matcher root = ROOT.matcher(blamed == null ? "" : blamed);
        try {
            if (!root.find() || !(env.getDataModel().get("article") instanceof TemplateHashModel article)) {
                return false;
            }
            TemplateModel extra = article.get("extra");
            TemplateModel variable = env.getVariable(root.group(1));
            return extra != null && variable != null && within(DeepUnwrap.unwrap(extra), DeepUnwrap.unwrap(variable));
        } catch (TemplateModelException e) {
            return false;
        }
    }

    /** Whether {@code value} is {@code container} itself or one of the values it holds, at any depth. */
    private static boolean within(Object container, Object value) {
        if (container == value) {
            return true;
        }
        if (container instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(inner -> within(inner, value));
        }
        return container instanceof Collection<?> values && values.stream().anyMatch(inner -> within(inner, value));
    }
}
