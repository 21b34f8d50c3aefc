package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Markdown report sets columns of words on the left and columns of figures on the right (F60)")
class MarkdownColumnsTest {

    @Test
    @DisplayName("the comparison's industry figures in words and its verdicts on the left, counts and shares on the right")
    void comparison() {
        Block.Table t = new Block.Table("Figures of the industry report and of this dataset",
                List.of("Figure", "Industry report", "Listings", "Counted", "Share", "Verdict"),
                List.of(List.of(Block.Cell.text("Programs"), Block.Cell.text("over 200"), new Block.Cell("1", "/comparisons/programs/count"),
                        new Block.Cell("1", "/comparisons/programs/base"), Block.Cell.text(""), Block.Cell.text("differs")),
                        List.of(Block.Cell.text("Mentorats et stages"), Block.Cell.text("plus de 50 %"), new Block.Cell("0", "/c"),
                                new Block.Cell("1", "/b"), Block.Cell.text("0 %"), Block.Cell.text("diffère"))));
        assertThat(Markdown.write(List.of(t))).contains("\n|---|---|--:|--:|--:|---|\n");
    }
}
