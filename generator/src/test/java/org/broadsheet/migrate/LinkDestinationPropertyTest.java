package org.broadsheet.migrate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.broadsheet.markdown.Markdown;
import org.broadsheet.model.ContentPaths;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For any name of a copied file, the Markdown image that the importer writes leads to that file: the address that
 * our Markdown reads from it, its percent escapes decoded, is the file's path, as the build resolves it and as the
 * browser asks for it.
 */
class LinkDestinationPropertyTest {

    private static final Markdown MARKDOWN = new Markdown(false);

    @Property(tries = 500)
    void anImagesAddressIsItsFilesPath(@ForAll("names") String name) {
        String path = "/images/" + name + ".png";
        String markdown = "![x](" + ImageFiles.destination(path) + ")";
        List<String> read = new ArrayList<>();
        String html = MARKDOWN.toHtml(markdown, (url, line, image) -> {
            read.add(url);
            return url;
        });
        assertEquals(List.of(path), read.stream().map(ContentPaths::percentDecoded).toList(), markdown + " → " + html);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("\\`*_[]()<>&~|!#$:;'\"=+-.{}^@%? \tab세").ofMinLength(1).ofMaxLength(10)
                .filter(name -> !name.contains("/"));
    }
}
