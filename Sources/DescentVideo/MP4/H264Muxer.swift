import CDescentAV
import Foundation

/// The libavformat/libavcodec handles of one MP4 being written: the MP4 muxer writing to `path`, the
/// libx264 encoder and one reusable YUV 4:2:0 frame.
///
/// Owns the handles and frees them in `deinit`, which also removes the file. Not Sendable:
/// keep it confined to one task.
final class H264Muxer {
    let path: String
    let encodedWidth: Int
    let encodedHeight: Int
    private var format: UnsafeMutablePointer<AVFormatContext>?
    private var codec: UnsafeMutablePointer<AVCodecContext>?
    private var frame: UnsafeMutablePointer<AVFrame>?
    private var packet: UnsafeMutablePointer<AVPacket>?
    private let stream: UnsafeMutablePointer<AVStream>
    private var fileOpen = false
    /// FFmpeg's functions (`FFmpegLibraries`).
    private let av: DescentAVFunctions

    /// Opens `path` for writing and configures the encoder.
    ///
    /// Settings, chosen so that the file plays in PowerPoint, Keynote, Google Slides and browsers and
    /// that the same frames give the same bytes:
    /// - H.264 (libx264), High profile as x264 picks it, yuv420p, BT.709 limited range (tagged);
    /// - constant frame rate: frame `i` has time stamp `i / fps` and lasts `1 / fps`;
    /// - `movflags +faststart`: the `moov` index is moved before `mdat` when the file is finished;
    /// - deterministic: one x264 thread, `flags +bitexact` on the codec and `fflags +bitexact` on the
    ///   muxer (no encoder string, creation time 0), fixed preset and CRF, integer RGB to YUV
    ///   conversion (`YUV420Conversion`).
    init(path: String, encodedWidth: Int, encodedHeight: Int, fps: Int, crf: Int, preset: X264Preset) throws {
        av = try FFmpegLibraries.functions()
        self.path = path
        self.encodedWidth = encodedWidth
        self.encodedHeight = encodedHeight
        // libx264 and the muxer log their settings and statistics at the "info" level to stderr; keep
        // only errors (failures also come back as `VideoEncodingError`). The level is process-wide.
        av.av_log_set_level(AV_LOG_ERROR)

        var formatContext: UnsafeMutablePointer<AVFormatContext>?
        try AVResult.check(av.avformat_alloc_output_context2(&formatContext, nil, "mp4", path), "creating the MP4 muxer")
        guard let formatContext else {
            throw VideoEncodingError.library(operation: "creating the MP4 muxer", message: "libavformat returned no context")
        }
        format = formatContext
        formatContext.pointee.flags |= AVFMT_FLAG_BITEXACT

        guard let encoder = av.avcodec_find_encoder_by_name("libx264") else {
            throw VideoEncodingError.library(
                operation: "finding the H.264 encoder",
                message: "this libavcodec was built without libx264; install a build that has it (Debian's libavcodec59 does)")
        }
        guard let newStream = av.avformat_new_stream(formatContext, nil) else {
            throw VideoEncodingError.library(operation: "adding the video stream", message: "out of memory")
        }
        stream = newStream
        guard let codecContext = av.avcodec_alloc_context3(encoder) else {
            throw VideoEncodingError.library(operation: "creating the H.264 encoder", message: "out of memory")
        }
        codec = codecContext
        codecContext.pointee.width = Int32(encodedWidth)
        codecContext.pointee.height = Int32(encodedHeight)
        codecContext.pointee.time_base = AVRational(num: 1, den: Int32(fps))
        codecContext.pointee.framerate = AVRational(num: Int32(fps), den: 1)
        codecContext.pointee.pix_fmt = AV_PIX_FMT_YUV420P
        codecContext.pointee.gop_size = Int32(min(fps * 10, 250))
        codecContext.pointee.thread_count = 1
        codecContext.pointee.flags |= AV_CODEC_FLAG_BITEXACT
        codecContext.pointee.colorspace = AVCOL_SPC_BT709
        codecContext.pointee.color_primaries = AVCOL_PRI_BT709
        codecContext.pointee.color_trc = AVCOL_TRC_BT709
        codecContext.pointee.color_range = AVCOL_RANGE_MPEG
        if let outputFormat = formatContext.pointee.oformat, outputFormat.pointee.flags & AVFMT_GLOBALHEADER != 0 {
            codecContext.pointee.flags |= AV_CODEC_FLAG_GLOBAL_HEADER
        }

        var codecOptions: OpaquePointer?
        defer { av.av_dict_free(&codecOptions) }
        _ = av.av_dict_set(&codecOptions, "preset", preset.rawValue, 0)
        _ = av.av_dict_set(&codecOptions, "crf", String(crf), 0)
        try AVResult.check(av.avcodec_open2(codecContext, encoder, &codecOptions), "opening libx264")
        try AVResult.check(av.avcodec_parameters_from_context(newStream.pointee.codecpar, codecContext), "describing the video stream")
        newStream.pointee.time_base = codecContext.pointee.time_base
        newStream.pointee.avg_frame_rate = codecContext.pointee.framerate

        try AVResult.check(av.avio_open(&formatContext.pointee.pb, path, AVIO_FLAG_WRITE), "opening \(path) for writing")
        fileOpen = true
        var formatOptions: OpaquePointer?
        defer { av.av_dict_free(&formatOptions) }
        _ = av.av_dict_set(&formatOptions, "movflags", "+faststart", 0)
        try AVResult.check(av.avformat_write_header(formatContext, &formatOptions), "writing the MP4 header")

        guard let newFrame = av.av_frame_alloc(), let newPacket = av.av_packet_alloc() else {
            throw VideoEncodingError.library(operation: "allocating a video frame", message: "out of memory")
        }
        frame = newFrame
        packet = newPacket
        newFrame.pointee.format = AV_PIX_FMT_YUV420P.rawValue
        newFrame.pointee.width = Int32(encodedWidth)
        newFrame.pointee.height = Int32(encodedHeight)
        try AVResult.check(av.av_frame_get_buffer(newFrame, 0), "allocating a video frame")
    }

    /// Converts `rgba` (`encodedWidth * encodedHeight * 4` bytes) to YUV 4:2:0 and encodes it as the
    /// frame shown at time `index / fps`.
    ///
    /// The YUV frame keeps the previous frame's planes (libavcodec copies them when the encoder still
    /// holds a reference), so with `previous`, the previous frame's RGBA, only the pairs of rows that
    /// changed are converted: a figure whose lines move over a still background costs a few rows.
    func encode(rgba: [UInt8], previous: [UInt8]?, index: Int) throws {
        guard let frame, let codec else { throw VideoEncodingError.finished }
        try AVResult.check(av.av_frame_make_writable(frame), "preparing a video frame")
        guard let luma = frame.pointee.data.0, let blue = frame.pointee.data.1, let red = frame.pointee.data.2 else {
            throw VideoEncodingError.library(operation: "preparing a video frame", message: "libavutil gave no YUV planes")
        }
        let strides = (Int(frame.pointee.linesize.0), Int(frame.pointee.linesize.1), Int(frame.pointee.linesize.2))
        let pairBytes = 2 * encodedWidth * 4
        let reference = previous.flatMap { $0.count == rgba.count ? $0 : nil } ?? []
        rgba.withUnsafeBufferPointer { pixels in
            reference.withUnsafeBufferPointer { old in
                guard let base = pixels.baseAddress else { return }
                let oldBase = old.isEmpty ? nil : old.baseAddress
                for pair in 0..<(encodedHeight / 2) {
                    if let oldBase, memcmp(base + pair * pairBytes, oldBase + pair * pairBytes, pairBytes) == 0 {
                        continue
                    }
                    YUV420Conversion.convert(
                        rgba: base + pair * pairBytes, width: encodedWidth, height: 2,
                        luma: luma + 2 * pair * strides.0, lumaStride: strides.0,
                        blue: blue + pair * strides.1, blueStride: strides.1,
                        red: red + pair * strides.2, redStride: strides.2)
                }
            }
        }
        frame.pointee.pts = Int64(index)
        try AVResult.check(av.avcodec_send_frame(codec, frame), "encoding frame \(index)")
        try drainPackets()
    }

    /// Flushes the encoder, writes the index (`moov`, moved to the front) and closes the file.
    func finish() throws {
        guard let codec, let format else { throw VideoEncodingError.finished }
        try AVResult.check(av.avcodec_send_frame(codec, nil), "flushing libx264")
        try drainPackets()
        try AVResult.check(av.av_write_trailer(format), "writing the MP4 index")
        try AVResult.check(av.avio_closep(&format.pointee.pb), "closing \(path)")
        fileOpen = false
        release()
    }

    /// Writes every packet the encoder has ready, with time stamps in the stream's time base.
    private func drainPackets() throws {
        guard let codec, let packet, let format else { throw VideoEncodingError.finished }
        while true {
            let status = av.avcodec_receive_packet(codec, packet)
            if status == descent_av_error_again() || status == descent_av_error_eof() { return }
            try AVResult.check(status, "encoding a frame")
            if packet.pointee.duration == 0 { packet.pointee.duration = 1 }
            av.av_packet_rescale_ts(packet, codec.pointee.time_base, stream.pointee.time_base)
            packet.pointee.stream_index = stream.pointee.index
            let written = av.av_write_frame(format, packet)
            av.av_packet_unref(packet)
            try AVResult.check(written, "writing a frame to \(path)")
        }
    }

    private func release() {
        av.av_frame_free(&frame)
        av.av_packet_free(&packet)
        av.avcodec_free_context(&codec)
        if let format {
            if fileOpen { _ = av.avio_closep(&format.pointee.pb) }
            av.avformat_free_context(format)
        }
        format = nil
    }

    /// Frees the handles and removes the file (`MP4Encoder.finish()` has read it by then; an
    /// unfinished or failed file is never left behind).
    deinit {
        release()
        try? FileManager.default.removeItem(atPath: path)
    }
}
