package org.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page models keep the shape docs/templates.md promises theme authors. */
class PageModelTest {

    @Test
    void everyPageKindHasAModelRecordNamedAfterIt() {
        List<String> expected = Arrays.stream(PageKind.values()).map(kind -> Arrays.stream(kind.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining()) + "Page").sorted().toList();
        List<String> records = Arrays.stream(PageModel.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(expected, records);
    }

    @Test
    void everyModelStartsWithWhatTheLayoutReads() {
        for (Class<?> model : PageModel.class.getPermittedSubclasses()) {
            List<String> first = Arrays.stream(model.getRecordComponents()).limit(2).map(RecordComponent::getName)
                    .toList();
            assertEquals(List.of("page", "t"), first, model.getSimpleName());
        }
    }
}
