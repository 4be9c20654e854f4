#include "core/prompts/sequencediff.h"

#include <algorithm>

namespace Cutover::SequenceDiff {
namespace {

class Differ
{
public:
    Differ(const std::vector<int> &a, const std::vector<int> &b, qint64 maxWork)
        : m_a(a)
        , m_b(b)
        , m_budget(maxWork)
    {}

    void run(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        // Common prefix.
        while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0]) {
            push(Op::Equal, a0, b0, 1);
            ++a0;
            ++b0;
        }
        // Common suffix (emitted after the middle).
        qsizetype suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;

        if (a0 == a1) {
            push(Op::Insert, a0, b0, b1 - b0);
        } else if (b0 == b1) {
            push(Op::Delete, a0, b0, a1 - a0);
        } else {
            bisect(a0, a1, b0, b1);
        }
        push(Op::Equal, a1, b1, suffix);
    }

    Script take()
    {
        Script s;
        s.edits = std::move(m_edits);
        s.exact = m_exact;
        return s;
    }

private:
    void push(Op op, qsizetype oldPos, qsizetype newPos, qsizetype length)
    {
        if (length <= 0)
            return;
        if (!m_edits.isEmpty() && m_edits.constLast().op == op) {
            m_edits.last().length += length;
            return;
        }
        m_edits.append({op, oldPos, newPos, length});
    }

    void giveUp(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        m_exact = false;
        push(Op::Delete, a0, b0, a1 - a0);
        push(Op::Insert, a1, b0, b1 - b0);
    }

    // Finds the middle snake of a[a0,a1) × b[b0,b1) and recurses on both halves.
    void bisect(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        const qsizetype n = a1 - a0;
        const qsizetype m = b1 - b0;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD;
        const qsizetype length = 2 * maxD + 2;
        std::vector<qsizetype> v1(length, -1);
        std::vector<qsizetype> v2(length, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        const qsizetype delta = n - m;
        const bool front = (delta % 2) != 0; // the forward path checks for overlap
        qsizetype k1start = 0, k1end = 0, k2start = 0, k2end = 0;

        for (qsizetype d = 0; d < maxD; ++d) {
            if (m_budget < 0) {
                giveUp(a0, a1, b0, b1);
                return;
            }
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const qsizetype k1o = offset + k1;
                qsizetype x1 = (k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1]))
                                       ? v1[k1o + 1]
                                       : v1[k1o - 1] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype start1 = x1;
                while (x1 < n && y1 < m && m_a[a0 + x1] == m_b[b0 + y1]) {
                    ++x1;
                    ++y1;
                }
                m_budget -= 1 + (x1 - start1);
                v1[k1o] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const qsizetype k2o = offset + delta - k1;
                    if (k2o >= 0 && k2o < length && v2[k2o] != -1) {
                        const qsizetype x2 = n - v2[k2o];
                        if (x1 >= x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const qsizetype k2o = offset + k2;
                qsizetype x2 = (k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1]))
                                       ? v2[k2o + 1]
                                       : v2[k2o - 1] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype start2 = x2;
                while (x2 < n && y2 < m && m_a[a0 + n - x2 - 1] == m_b[b0 + m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_budget -= 1 + (x2 - start2);
                v2[k2o] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1o = offset + delta - k2;
                    if (k1o >= 0 && k1o < length && v1[k1o] != -1) {
                        const qsizetype x1 = v1[k1o];
                        const qsizetype y1 = offset + x1 - k1o;
                        if (x1 >= n - x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // No overlap: nothing in common.
        push(Op::Delete, a0, b0, n);
        push(Op::Insert, a1, b0, m);
    }

    void split(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, qsizetype x, qsizetype y)
    {
        run(a0, a0 + x, b0, b0 + y);
        run(a0 + x, a1, b0 + y, b1);
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    qint64 m_budget;
    QList<Edit> m_edits;
    bool m_exact = true;
};

} // namespace

Script diff(const std::vector<int> &a, const std::vector<int> &b, qint64 maxWork)
{
    Differ differ(a, b, maxWork);
    differ.run(0, qsizetype(a.size()), 0, qsizetype(b.size()));
    return differ.take();
}

} // namespace Cutover::SequenceDiff
