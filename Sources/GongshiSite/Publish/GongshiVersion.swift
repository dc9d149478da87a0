/// The one place the program's version is written: `gongshi --version` prints it and every output
/// manifest records it, so a county can tell years later which release built a published site.
public enum GongshiVersion {
    public static let current = "0.1.0"
}
