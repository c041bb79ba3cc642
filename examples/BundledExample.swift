/// The example plan shipped with Socle (kibara/plan.json), compiled into the program.
public enum BundledExample {
    /// The example's plan.json, byte for byte as in examples/kibara.
    public static var planJSON: String {
        guard let text = EmbeddedFiles.texts["kibara/plan.json"] else {
            preconditionFailure("examples/kibara/plan.json was not embedded at build time")
        }
        return text
    }
}
