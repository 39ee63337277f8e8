#include "Exchange.h"

#include <algorithm>

namespace gatepost::sync {

namespace {

// In the background a chunk is one short write transaction (a few ms); between chunks the worker
// lets a gate's own crossing, waiting for the write lock, go first (Database::setBackground).
constexpr int kBackgroundChunk = 64;

void merge(core::ApplyReport& into, const core::ApplyReport& r)
{
    into.received += r.received;
    into.applied += r.applied;
    into.known += r.known;
    into.held += r.held;
    into.refused += r.refused;
    into.problems += r.problems;
}

} // namespace

ExchangeOptions backgroundOptions(std::function<void()> checkpoint)
{
    ExchangeOptions o;
    o.applyChunk = kBackgroundChunk;
    o.checkpoint = std::move(checkpoint);
    return o;
}

ExchangeResult exchangeOnce(core::EventLog& log, Hub& hub, const QDateTime& nowUtc,
                            const ExchangeOptions& options)
{
    const int batch = std::max(1, options.batch);
    const qsizetype chunk = std::max(1, options.applyChunk);
    ExchangeResult out;
    const QString community = log.community();
    try {
        for (;;) {
            const QList<core::SyncEvent> mine = log.unpushed(batch);
            if (mine.isEmpty())
                break;
            out.pushed += hub.push(mine);
            log.markPushed(mine.last().seq);
            if (mine.size() < batch)
                break;
        }
        for (;;) {
            const QList<core::SyncEvent> theirs = hub.pull(community, log.vector(), batch);
            out.pulled += int(theirs.size());
            if (theirs.isEmpty())
                break;
            // Applied in short transactions, so a gate's own crossing never waits long for the
            // write lock while a large pull goes in.
            core::ApplyReport r;
            for (qsizetype i = 0; i < theirs.size(); i += chunk) {
                merge(r, log.apply(theirs.mid(i, chunk)));
                if (options.checkpoint && (i / chunk) % 8 == 7)
                    options.checkpoint();
            }
            if (options.checkpoint)
                options.checkpoint();
            merge(out.report, r);
            // Fewer than asked: that was all. All known: the vector has a gap the hub cannot
            // fill (events that came by bundle), and asking again would return the same.
            if (theirs.size() < batch || r.known == r.received)
                break;
        }
    } catch (const HubError& e) {
        out.errorKind = e.kind();
        out.error = e.message();
        log.recordFailure(out.error);
        return out;
    }
    log.recordContact(nowUtc);
    out.ok = true;
    return out;
}

ExchangeResult connectAndExchange(core::EventLog& log, const HubSettings& settings, const QDateTime& nowUtc,
                                  const ExchangeOptions& options)
{
    std::unique_ptr<Hub> hub;
    try {
        hub = Hub::connect(settings);
        hub->ensureSchema();
    } catch (const HubError& e) {
        ExchangeResult out;
        out.errorKind = e.kind();
        out.error = e.message();
        log.recordFailure(out.error);
        return out;
    }
    return exchangeOnce(log, *hub, nowUtc, options);
}

} // namespace gatepost::sync
