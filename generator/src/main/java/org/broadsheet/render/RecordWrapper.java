package org.broadsheet.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.template.WrappingTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default wrapper, with records (the views that templates receive) as hashes of their
 * components, read through accessors found once per record class. FreeMarker's own bean wrapping
 * looks each property up and wraps each value through its introspection caches, which costs a cold
 * build a measurable share of its time (bench/README.md). A page's {@link PageModel} is itself a
 * record, so its components are the template's top-level names.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                byName.put(component.getName(), accessor);
            }
            return byName;
        }
    };

    RecordWrapper(Version version) {
        super(version);
        writeProtect();
    }

    /**
     * What FreeMarker's wrapper gives, with records as {@link RecordModel}s, and the usual values of a view
     * answered before its chain of type tests, most of them against interfaces (is a record a
     * {@code TemplateModel}, a {@code Collection}, a {@code Map}, an {@code Iterable}?).
     */
    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof String text) {
            return new SimpleScalar(text);
        }
        if (value instanceof Record record) {
            return new RecordModel(record);
        }
        if (value instanceof Boolean flag) {
            return flag ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        return super.wrap(value);
    }

    /** A record as a template hash: {@code card.title} is the record's {@code title()}. */
    private final class RecordModel extends WrappingTemplateModel
            implements TemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final Record record;

        RecordModel(Record record) {
            super(RecordWrapper.this);
            this.record = record;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(record.getClass()).get(key);
            if (accessor == null) {
                return null;
            }
            try {
                return RecordWrapper.this.wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
