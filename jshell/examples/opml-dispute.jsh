// opML in a page: compile a model to the VM, post its result, and let a cheater lose the bisection game.
// Run: ./kit jshell jshell/examples/opml-dispute.jsh
TrainedModel trained = Recipes.train("iris-linear");
QuantizedModel model = trained.quantized();
LayeredProgram program = ModelCompiler.compile(model);
long[] x = trained.testInput(0, model.scaleBits());

Replay replay = Replay.of(program.whole(), x, 64);
long[] vmOutput = replay.finalWords(program.whole().outputAddress(), 1);
System.out.println(program.name() + ": " + replay.length() + " VM steps, class " + vmOutput[0] + ", final state " + replay.finalState().hash().hex());
check(vmOutput[0] == model.predict(x), "the VM computes the reference inference");

// One step, checked by a verifier that holds only the pre-state hash.
StepWitness w = replay.witnessAt(10);
var v = OneStep.verify(w.pre().hash(), w.encode());
check(v.accepted() && v.value().equals(replay.hashAt(11)), "OneStep.verify(preHash, witness) gives the next state's hash");

// A cheater lies from step 40 on; an honest challenger bisects (k = 3) down to that step.
Task task = new Task(program, x, model.commitment());
DisputeResult r = Dispute.play(task, Rules.of(3, 1), Cheat.atStep(40), 7);
r.game().log().forEach(e -> System.out.println("  " + e));
System.out.println(r.resolution());
check(r.winner() == Party.CHALLENGER && r.disputedStep().orElse(-1) == 40, "the cheater loses at exactly step 40");
check(r.rounds() == Bisection.rounds(r.traceLength(), 3), "in ⌈log_4 N⌉ rounds");
