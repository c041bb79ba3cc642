import Foundation

/// The example plan shipped with Socle, as a resource of the program.
public enum BundledExample {
    /// The bundled example plan folder (holds plan.json).
    public static var folder: URL? {
        Bundle.module.url(forResource: "kibara", withExtension: nil)
    }
}
