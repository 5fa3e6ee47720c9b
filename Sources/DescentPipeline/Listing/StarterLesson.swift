/// The commented lesson `descent new` writes: it builds as it is and shows the main keys.
public enum StarterLesson {
    /// The starter lesson's text for a lesson called `name`.
    public static func text(name: String) -> String {
        """
        # yaml-language-server: $schema=schema.json
        # \(name): a starter lesson. Every key is documented in Lessons/README.md;
        # `descent list` shows every surface, optimizer, schedule and figure kind.

        # Text is a string, or one string per language: {en: ..., ko: ...}.
        title: {en: "Comparing optimizers on a ravine", ko: "협곡에서 옵티마이저 비교"}
        goal: "What the student should see in these figures, in one sentence."

        # A named surface (with parameters), or a formula: {expression: "x^2 + 10*y^2"}.
        surface: {name: ravine, condition: 20}
        start: [-2.6, 1.4]        # one point, or a list of points
        steps: 60                 # optimizer steps per run
        # steps_per_epoch: 1      # the schedule advances once per epoch
        # schedule: {name: cosine, T_max: 60, eta_min: 0.001}   # the default for every run

        runs:                     # other keys are the optimizer's own (PyTorch names)
          - {optimizer: sgd, lr: 0.09, label: SGD}
          - {optimizer: momentum, lr: 0.02, momentum: 0.9}
          - {optimizer: adam, lr: 0.3}
          # - {optimizer: sgd, lr: [0.01, 0.05, 0.1]}          # a sweep: one run per value

        figures:
          - {kind: contour, name: paths, caption: "What to notice on the map."}
          - {kind: lr}
          - {kind: loss, log: true}
          - {kind: layout, name: overview, panels: [paths, [lr, loss]]}

        output: {formats: [png, svg, pdf], size: slide, scale: 2, theme: light}

        """
    }
}
