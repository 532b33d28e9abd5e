// Train (or load from the cache) a built-in model, quantize it, and run the integer reference inference
// on every test row: the integer model must agree with the float model on (almost) every row.
// Run: ./kit jshell jshell/examples/model-predict.jsh
TrainedModel trained = Recipes.train("wine-linear");
QuantizedModel model = trained.quantized();
System.out.println(model.summary());
System.out.println("commitment " + model.commitmentHex());

long[][] inputs = trained.testInputs(model.scaleBits());
int[] truth = trained.testLabels();
int agree = 0;
int correct = 0;
for (int r = 0; r < inputs.length; r++) {
    int fixed = model.predict(inputs[r]);
    if (fixed == trained.model().predict(trained.testFeatures(r))) agree++;
    if (fixed == truth[r]) correct++;
}
System.out.printf("%d test rows: fixed-point accuracy %.3f, agreement with float %d/%d%n", inputs.length, (double) correct / inputs.length, agree, inputs.length);
check(agree >= inputs.length - 1, "integer and float inference agree on all but at most one test row");

Trace trace = model.infer(inputs[0]);
System.out.println("row 0 logits " + Arrays.toString(trace.logits()) + " -> class " + trace.predicted() + " (" + model.labels().get(trace.predicted()) + ")");
check(trace.predicted() == Argmax.of(trace.logits()), "the class is the first index of the largest logit");

QuantizedModel reloaded = ModelJson.read(ModelJson.write(model), "model-predict.jsh");
check(reloaded.commitmentHex().equals(model.commitmentHex()) && Arrays.equals(reloaded.logits(inputs[0]), trace.logits()), "a saved and reloaded model commits to the same bytes and computes the same logits");
