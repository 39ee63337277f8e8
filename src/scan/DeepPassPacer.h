#pragma once

#include "scan/Frame.h"

#include <array>
#include <cstdint>

namespace gatepost::scan {

/// Decides which frames get the decoder's deep tier (QrDecoder's idle-time passes), so an empty
/// gate does not keep a core busy repeating them on the same scene 30 times a second.
///
/// A frame gets them when its scene differs from the last frame that got them (a card or a hand
/// came, went or moved, the light changed), and otherwise every @ref Options::staticEvery frames,
/// so a card held still that the fast tier cannot read is still tried several times a second.
/// The scene is a 32 x 18 grid of block means from a sparse sample (every 4th pixel of every 4th
/// row: ~0.03 ms at 1280x720); "differs" is one block changed by more than
/// @ref Options::blockChange grey levels (a block mean of ~100 samples moves by about 1 level
/// with the sensor noise of a dark gate). Not thread-safe: one pacer per decoder thread.
///
/// Measured (docs/performance.md, bench_card_latency): a static empty scene at 30 fps keeps a
/// core 73 % busy when every frame gets the deep tier, 21 % with the pacer (16 % with no deep
/// tier at all); on the hard-case clips the same cards are read (23 of 27).
class DeepPassPacer final
{
public:
    struct Options
    {
        int staticEvery = 8; // a frame of an unchanged scene still gets the deep tier this often
        int blockChange = 6; // grey levels one block mean must move for "the scene changed"
    };

    DeepPassPacer();
    explicit DeepPassPacer(const Options& options);

    /// Whether @p frame gets the deep tier. Call once per decoded frame, in order; a frame
    /// answered true becomes the scene the next ones are compared with.
    bool admit(const Frame& frame);

    static constexpr int kGridW = 32;
    static constexpr int kGridH = 18;
    using Signature = std::array<std::uint8_t, kGridW * kGridH>;
    /// The block means of @p frame (a null frame: all zero).
    static Signature signature(const Frame& frame);

private:
    Options m_options;
    Signature m_last{};
    bool m_haveLast = false;
    int m_sinceAdmitted = 0;
};

} // namespace gatepost::scan
