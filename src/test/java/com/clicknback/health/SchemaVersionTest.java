package com.clicknback.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SchemaVersionTest {

  private static final String MASTER = "db/changelog/db.changelog-master.xml";
  private static final String CHANGES = "db/changelog/changes";

  private static Document parse(String resource) throws Exception {
    try (InputStream in = SchemaVersionTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> elements(Node parent, String tagName) {
    NodeList nodes =
        parent instanceof Document document
            ? document.getElementsByTagName(tagName)
            : ((Element) parent).getElementsByTagName(tagName);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> childElements(Element parent, String tagName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(tagName)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The resource paths of the files the master changelog includes, in order. */
  static List<String> includedFiles() throws Exception {
    String masterDirectory = MASTER.substring(0, MASTER.lastIndexOf('/') + 1);
    return elements(parse(MASTER), "include").stream()
        .map(
            include ->
                "true".equals(include.getAttribute("relativeToChangelogFile"))
                    ? masterDirectory + include.getAttribute("file")
                    : include.getAttribute("file"))
        .toList();
  }

  static Stream<String> allChangelogs() throws Exception {
    return Stream.concat(Stream.of(MASTER), includedFiles().stream());
  }

  @Test
  void expectedLatestChangeset_equalsLastChangeSetId_onLastIncludedChangelog() throws Exception {
    // Arrange
    List<String> included = includedFiles();
    List<Element> lastFileChangeSets =
        elements(parse(included.get(included.size() - 1)), "changeSet");
    String lastChangeSetId =
        lastFileChangeSets.get(lastFileChangeSets.size() - 1).getAttribute("id");

    // Act
    String expected = SchemaVersion.expectedLatestChangeset();

    // Assert
    assertThat(expected).isEqualTo(lastChangeSetId);
  }

  @ParameterizedTest
  @MethodSource("includedFiles")
  void changeSets_haveRollbackAndProjectAuthor_inEveryIncludedFile(String file) throws Exception {
    // Arrange
    List<Element> changeSets = elements(parse(file), "changeSet");

    // Act
    List<String> withoutRollback =
        changeSets.stream()
            .filter(changeSet -> childElements(changeSet, "rollback").isEmpty())
            .map(changeSet -> changeSet.getAttribute("id"))
            .toList();
    List<String> otherAuthors =
        changeSets.stream()
            .filter(changeSet -> !"clicknback".equals(changeSet.getAttribute("author")))
            .map(changeSet -> changeSet.getAttribute("id"))
            .toList();

    // Assert
    assertThat(changeSets).as("changeSets in %s", file).isNotEmpty();
    assertThat(withoutRollback).as("changeSets without <rollback> in %s", file).isEmpty();
    assertThat(otherAuthors).as("changeSets not by author clicknback in %s", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("allChangelogs")
  void logicalFilePath_equalsResourcePath_inEveryChangelog(String file) throws Exception {
    // Arrange
    Element root = parse(file).getDocumentElement();

    // Act
    String logicalFilePath = root.getAttribute("logicalFilePath");

    // Assert
    assertThat(logicalFilePath).isEqualTo(file);
  }

  @Test
  void includedFiles_coverEveryFile_inChangesFolder() throws Exception {
    // Arrange
    List<String> onDisk = changesFolderFiles();

    // Act
    List<String> included = includedFiles();

    // Assert
    assertThat(included).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void includedFiles_areInFileNameOrder_onMasterChangelog() throws Exception {
    // Arrange
    List<String> included = includedFiles();

    // Act
    List<String> sorted = included.stream().sorted().toList();

    // Assert
    assertThat(included).containsExactlyElementsOf(sorted);
  }

  private static List<String> changesFolderFiles() throws IOException, URISyntaxException {
    URL folder = SchemaVersionTest.class.getClassLoader().getResource(CHANGES);
    assertThat(folder).as("classpath folder %s", CHANGES).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files.map(path -> CHANGES + "/" + path.getFileName()).sorted().toList();
    }
  }
}
