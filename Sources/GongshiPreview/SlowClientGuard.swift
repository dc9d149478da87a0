import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client is too slow: a request that has not arrived whole within
/// `requestTimeout` (headers trickled in one byte at a time), or a response the client has stopped
/// reading for `writeStallTimeout`. Hummingbird's own idle timeout covers connections that send
/// nothing at all between requests; this covers the ones that send or read just enough to look alive.
final class SlowClientGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let requestTimeout: TimeAmount
    private let writeStallTimeout: TimeAmount
    private var requestDeadline: Scheduled<Void>?
    private var writeDeadline: Scheduled<Void>?

    init(limits: ConnectionLimits) {
        requestTimeout = TimeAmount(limits.requestTimeout)
        writeStallTimeout = TimeAmount(limits.writeStallTimeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        // The first request must come within the request timeout of connecting.
        if context.channel.isActive { armRequestDeadline(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        armRequestDeadline(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        requestDeadline?.cancel()
        writeDeadline?.cancel()
    }

    func channelInactive(context: ChannelHandlerContext) {
        requestDeadline?.cancel()
        writeDeadline?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: armRequestDeadline(context)
        case .body: break
        case .end:
            requestDeadline?.cancel()
            requestDeadline = nil
        }
        context.fireChannelRead(data)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        writeDeadline?.cancel()
        writeDeadline = nil
        if !context.channel.isWritable {
            writeDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: writeStallTimeout) {
                context.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    private func armRequestDeadline(_ context: ChannelHandlerContext) {
        requestDeadline?.cancel()
        requestDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: requestTimeout) {
            context.close(promise: nil)
        }
    }
}
