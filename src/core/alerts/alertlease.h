// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/sqlite.h"
#include "core/util/timeutil.h"

#include <memory>
#include <mutex>
#include <optional>
#include <QString>

namespace hearth::core {

// Who evaluates a store's alert rules right now.
struct AlertEvaluator
{
    QString owner; // random per scheduler instance
    QString kind; // "hearth-cli serve", "Hearth"
    qint64 pid = 0;
    QString host;
    Micros expiresAt = 0;

    // "hearth-cli serve (pid 1234)", with " on HOST" when another machine holds it.
    QString describe() const;
};

// One look at the lease (AlertLease::check): taken or renewed when possible, and who holds it.
// A plain value, so the look can run on a pool thread (AlertLeaseKeeper) and its answer be handed
// to the scheduler on its own thread (AlertScheduler::tick(check)).
struct AlertLeaseCheck
{
    Micros at = 0;
    // True when this process holds the lease after the look. A Busy error means the store's write
    // lock was taken for longer than the short busy timeout: no answer, ask again next tick.
    Result<bool> held = false;
    // The current, unlapsed holder (this process or another) as far as the look could tell.
    std::optional<AlertEvaluator> holder;
};

// The single-evaluator lease: when the GUI and `hearth-cli serve` (or two of either) open the
// same store, only the holder evaluates rules, so no run and no notification is duplicated.
//
// The lease is one row of hearth_meta (key "alerts.evaluator", a small JSON value), taken and
// renewed inside BEGIN IMMEDIATE so two processes never both win. It lapses `ttl` after the
// holder's last renewal: a process that dies (or sleeps) without releasing it is replaced then.
// Every call may wait for the store's write lock (up to kBusyTimeoutMs), so none belongs on a GUI
// thread: AlertLeaseKeeper runs them on a pool thread. The busy timeout stays short anyway: a
// busy look fails fast and the scheduler keeps its previous answer until the next tick (a held
// lease is renewed long before it lapses, so a few busy looks lose nothing).
class AlertLease
{
public:
    static constexpr Micros kDefaultTtl = 30 * kMicrosPerSecond;
    static constexpr int kBusyTimeoutMs = 200;

    // Who this process is in the lease (a fresh owner id); no I/O, so callers know it at once.
    static AlertEvaluator makeSelf(QString kind);
    static Result<std::unique_ptr<AlertLease>> open(const QString &storePath, AlertEvaluator self,
                                                    Micros ttl = kDefaultTtl);
    static Result<std::unique_ptr<AlertLease>> open(const QString &storePath, QString kind,
                                                    Micros ttl = kDefaultTtl);

    // Takes the lease when it is free or lapsed, renews it when ours (at most every third of
    // the ttl; between renewals no I/O). True when this process holds it after the call.
    Result<bool> acquire(Micros now);
    // acquire(), then who holds it: the answer the scheduler needs for one tick.
    AlertLeaseCheck check(Micros now);
    // Gives the lease up at once (clean shutdown) so another process takes over on its next tick.
    Status release();
    // release(), and never take the lease again: an acquire() still on its way (a pool job that
    // lost the race with shutdown) answers false instead of taking the lease back.
    Status close();
    // The current, unlapsed holder (this process or another); nullopt when nobody evaluates.
    Result<std::optional<AlertEvaluator>> holder(Micros now);
    // Reads the holder through any connection to the store (the page's read-only views).
    static Result<std::optional<AlertEvaluator>> readHolder(sqlite3 *db, Micros now);

    const AlertEvaluator &self() const { return m_self; }
    Micros ttl() const { return m_ttl; }

private:
    AlertLease(sqlite::Connection db, std::string path, AlertEvaluator self, Micros ttl);
    Error dbError(int rc) const;
    Status releaseLocked();

    sqlite::Connection m_db;
    std::string m_path;
    AlertEvaluator m_self;
    Micros m_ttl;
    std::optional<Micros> m_heldUntil; // our last successful take/renewal
    bool m_closed = false;
    std::mutex m_mutex;
};

} // namespace hearth::core
