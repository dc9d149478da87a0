#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GongshiCore
import NIOCore

/// Why the preview could not start, in Chinese. SwiftNIO's own descriptions are English
/// ("bind(descriptor:ptr:bytes:): Address already in use (errno: 98)").
public enum ListenFailure {
    public static func reason(of error: any Error) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return Messages.previewPortInUse
            case EADDRNOTAVAIL: return Messages.previewAddressNotLocal
            default: return SystemErrorText.reason(errno: error.errnoCode)
            }
        }
        if error is SocketAddressError || error is SocketAddressError.UnknownHost { return Messages.previewHostNotFound }
        return SystemErrorText.reason(of: error)
    }
}
