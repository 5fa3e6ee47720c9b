/// x264's speed presets, fastest first: a slower preset gives a smaller file at the same quality.
public enum X264Preset: String, CaseIterable, Sendable {
    case ultrafast, superfast, veryfast, faster, fast, medium, slow, slower, veryslow
}
