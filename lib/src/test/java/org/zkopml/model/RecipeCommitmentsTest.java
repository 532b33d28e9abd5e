package org.zkopml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zkopml.hash.Keccak256;

/**
 * The six built-in recipes still produce the model commitments (and exported JSON) pinned in
 * {@code recipe-commitments.txt}: refactoring training configuration or the JSON library must not
 * change a single byte of what is committed on-chain.
 */
class RecipeCommitmentsTest {
    @Test
    void everyRecipeKeepsItsCommitmentAndItsJson() {
        List<String[]> pins = TestFiles.rows("recipe-commitments.txt");
        assertEquals(Recipes.names().size(), pins.size(), "one pin per recipe");
        for (String[] pin : pins) {
            QuantizedModel q = Recipes.train(pin[0]).quantize(TrainedModel.DEFAULT_SCALE_BITS);
            assertEquals(pin[1], q.commitmentHex(), pin[0] + " commitment");
            byte[] json = ModelJson.write(q).getBytes(StandardCharsets.UTF_8);
            assertEquals(pin[2], "0x" + HexFormat.of().formatHex(Keccak256.hash(json)), pin[0] + " exported JSON");
        }
    }
}
