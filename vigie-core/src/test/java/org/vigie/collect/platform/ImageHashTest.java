package org.vigie.collect.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The difference hash on real JPEG files: a resized, re-encoded copy is the same picture. */
class ImageHashTest {
  private static final Path PHOTOS =
      Path.of("src/test/resources/coordination-exports/images/photos");

  @Test
  void aResizedReencodedCopyHashesAlikeAndAnotherPictureDoesNot() {
    String original = ImageHash.of(PHOTOS.resolve("communique.jpg"));
    String copy = ImageHash.of(PHOTOS.resolve("communique-relais.jpg"));
    String other = ImageHash.of(PHOTOS.resolve("marche.jpg"));
    assertThat(original).matches("dhash:[0-9a-f]{16}");
    assertThat(ImageHash.distance(original, copy)).isLessThanOrEqualTo(4);
    assertThat(ImageHash.distance(original, other)).isGreaterThan(16);
  }

  @Test
  void whatIsNotAnImageHasNoHash(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("photo.jpg"), "pas une image");
    assertThat(ImageHash.of(text)).isNull();
    assertThat(ImageHash.of(dir.resolve("absent.jpg"))).isNull();
    assertThat(ImageHash.of(dir)).isNull();
  }
}
