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

/**
 * FreeMarker's default wrapper, with records (the views that templates receive) as hashes of their
 * components, read through accessors found once per record class. FreeMarker's own bean wrapping
 * looks each property up and wraps each value through its introspection caches, which costs a cold
 * build a measurable share of its time (bench/README.md). A page's {@link PageModel} is itself a
 * record, so its components are the template's top-level names.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    private final ClassValue<Accessors> accessors = new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> type) {
            return new Accessors(type.getRecordComponents());
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
            Method accessor = accessors.get(record.getClass()).named(key);
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

    /**
     * A record class's accessors by component name, in an open-addressing table at most a quarter full: a page's
     * templates read record components some hundreds of times, and a {@code HashMap}'s lookups, through its nodes
     * to each key's chars, were a few per cent of a warm build. The name a template gives is the same string each
     * time a template line runs, so it is compared by identity first.
     */
    private static final class Accessors {
        private final String[] names;
        private final Method[] methods;

        Accessors(RecordComponent[] components) {
            int size = Integer.highestOneBit(Math.max(components.length, 1) * 4 - 1) * 2;
            names = new String[size];
            methods = new Method[size];
            for (RecordComponent component : components) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                int slot = component.getName().hashCode() & (size - 1);
                while (names[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                names[slot] = component.getName();
                methods[slot] = accessor;
            }
        }

        /** The accessor of the component {@code name}, or null. */
        Method named(String name) {
            int mask = names.length - 1;
            for (int slot = name.hashCode() & mask; names[slot] != null; slot = (slot + 1) & mask) {
                if (names[slot] == name || names[slot].equals(name)) {
                    return methods[slot];
                }
            }
            return null;
        }
    }
}
