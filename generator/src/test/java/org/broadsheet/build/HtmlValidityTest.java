package org.broadsheet.build;

import nu.validator.validation.SimpleDocumentValidator;
import org.broadsheet.SampleNewsroom;
import org.broadsheet.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Nu HTML Checker (the engine of validator.w3.org/nu) finds no error on any page of the sample newsroom. */
class HtmlValidityTest {

    @TempDir
    Path out;

    @Test
    void theCheckerFindsTheErrorsOfAnInvalidPage() throws Exception {
        Path page = out.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><title>x</title><p><div>nested</p></div><img src=a.png>");
        String file = page.toUri().toString().replace("file:///", "file:/");
        assertEquals(List.of(file + ":1: No “p” element in scope but a “p” end tag seen.",
                file + ":1: An “img” element must have an “alt” attribute, except under certain conditions. For details, "
                        + "consult guidance on providing text alternatives for images."), validate(List.of(page)));
    }

    @Test
    void everyPageOfTheSampleNewsroomIsValidHtml() throws Exception {
        Path site = SampleNewsroom.site();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        // every page the build rendered, and the redirect page of every alias
        long redirects = pages.stream().filter(page -> read(page).contains("<meta http-equiv=\"refresh\"")).count();
        assertEquals(SampleNewsroom.built().result().pages() + redirects, pages.size());
        assertEquals(List.of(), validate(pages));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> validate(List<Path> pages) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }
}
