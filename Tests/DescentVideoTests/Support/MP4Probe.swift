import CDescentAV
import Foundation

/// What libavformat and libavcodec read back from an MP4 file: the video stream's parameters and the
/// number of frames the H.264 decoder produces, with the first decoded frame's luma plane.
struct MP4Probe {
    var width = 0
    var height = 0
    var pixelFormat = AV_PIX_FMT_NONE
    var codecName = ""
    /// The stream's average frame rate as a fraction.
    var averageFrameRate = AVRational(num: 0, den: 1)
    /// The stream's real base frame rate (constant-rate streams have it equal to the average).
    var realFrameRate = AVRational(num: 0, den: 1)
    /// The stream's duration in seconds.
    var durationSeconds = 0.0
    /// Frames the decoder produced.
    var decodedFrames = 0
    /// Time stamps of the decoded frames in seconds, in display order.
    var frameTimes: [Double] = []
    /// Every decoded frame's Y plane, `width * height` bytes each, in display order.
    var lumaPlanes: [[UInt8]] = []
    /// The first decoded frame's Y plane.
    var firstLuma: [UInt8] { lumaPlanes.first ?? [] }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Decodes the MP4 in `bytes` completely.
    init(bytes: [UInt8]) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-probe-\(UUID().uuidString).mp4")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        var format: UnsafeMutablePointer<AVFormatContext>?
        guard avformat_open_input(&format, url.path, nil, nil) >= 0, let input = format else {
            throw Failure(description: "libavformat could not open the MP4")
        }
        defer { avformat_close_input(&format) }
        guard avformat_find_stream_info(input, nil) >= 0 else { throw Failure(description: "no stream info") }
        let streamIndex = av_find_best_stream(input, AVMEDIA_TYPE_VIDEO, -1, -1, nil, 0)
        guard streamIndex >= 0, let streams = input.pointee.streams, let stream = streams[Int(streamIndex)] else {
            throw Failure(description: "no video stream")
        }
        let parameters = stream.pointee.codecpar.pointee
        width = Int(parameters.width)
        height = Int(parameters.height)
        pixelFormat = AVPixelFormat(rawValue: parameters.format)
        averageFrameRate = stream.pointee.avg_frame_rate
        realFrameRate = stream.pointee.r_frame_rate
        let timeBase = stream.pointee.time_base
        durationSeconds = Double(stream.pointee.duration) * Double(timeBase.num) / Double(timeBase.den)

        guard let decoder = avcodec_find_decoder(parameters.codec_id), let context = avcodec_alloc_context3(decoder) else {
            throw Failure(description: "no decoder")
        }
        var contextPointer: UnsafeMutablePointer<AVCodecContext>? = context
        defer { avcodec_free_context(&contextPointer) }
        codecName = String(cString: decoder.pointee.name)
        guard avcodec_parameters_to_context(context, stream.pointee.codecpar) >= 0, avcodec_open2(context, decoder, nil) >= 0 else {
            throw Failure(description: "cannot open the decoder")
        }
        var packet = av_packet_alloc()
        var frame = av_frame_alloc()
        defer {
            av_packet_free(&packet)
            av_frame_free(&frame)
        }
        guard let packet, let frame else { throw Failure(description: "out of memory") }

        func receive() {
            while avcodec_receive_frame(context, frame) >= 0 {
                let rowBytes = Int(frame.pointee.width)
                let stride = Int(frame.pointee.linesize.0)
                var luma: [UInt8] = []
                if let plane = frame.pointee.data.0 {
                    for row in 0..<Int(frame.pointee.height) {
                        luma.append(contentsOf: UnsafeBufferPointer(start: plane + row * stride, count: rowBytes))
                    }
                }
                lumaPlanes.append(luma)
                decodedFrames += 1
                frameTimes.append(Double(frame.pointee.best_effort_timestamp) * Double(timeBase.num) / Double(timeBase.den))
                av_frame_unref(frame)
            }
        }
        while av_read_frame(input, packet) >= 0 {
            if packet.pointee.stream_index == streamIndex {
                avcodec_send_packet(context, packet)
                receive()
            }
            av_packet_unref(packet)
        }
        avcodec_send_packet(context, nil)
        receive()
    }

    /// The top-level boxes of an MP4 (ISO BMFF) file in order: four-character type of each.
    static func topLevelBoxes(_ bytes: [UInt8]) -> [String] {
        var boxes: [String] = []
        var offset = 0
        while offset + 8 <= bytes.count {
            var size = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if size == 1, offset + 16 <= bytes.count {
                size = bytes[(offset + 8)..<(offset + 16)].reduce(0) { $0 << 8 | Int($1) }
            } else if size == 0 {
                size = bytes.count - offset
            }
            boxes.append(type)
            guard size >= 8 else { break }
            offset += size
        }
        return boxes
    }
}
