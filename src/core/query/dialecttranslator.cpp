// SPDX-License-Identifier: MIT
#include "core/query/dialecttranslator.h"

#include "core/query/sqltext.h"
#include "core/store/levels.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Query)
};

// ---------------------------------------------------------------------------------------------
// Tokens and the parenthesis tree

enum class Tok { Ident, QuotedIdent, String, Number, Op };

struct Token
{
    Tok type = Tok::Op;
    QString text; // identifier / operator as written; decoded value for strings and quoted idents
    int pos = 0;
    int end = 0;
};

Result<std::vector<Token>> tokenize(const QString &sql)
{
    std::vector<Token> out;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < n ? sql[k] : QChar(); };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return Error::make(Error::Code::SqlSyntax, Tr::tr("Unterminated /* comment."),
                                   int(i));
            i = end + 2;
            continue;
        }
        const int start = int(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (sql[i] == c) {
                    if (at(i + 1) == c) {
                        value += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                value += sql[i++];
            }
            if (!closed)
                return Error::make(Error::Code::SqlSyntax,
                                   c == QLatin1Char('\'')
                                       ? Tr::tr("Unterminated string literal.")
                                       : Tr::tr("Unterminated quoted identifier."),
                                   start);
            out.push_back(
                {c == QLatin1Char('\'') ? Tok::String : Tok::QuotedIdent, value, start, int(i)});
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && at(i + 1).isDigit())) {
            while (i < n && (sql[i].isDigit() || sql[i] == QLatin1Char('.')))
                ++i;
            if (i < n && (sql[i] == QLatin1Char('e') || sql[i] == QLatin1Char('E'))
                && (at(i + 1).isDigit()
                    || ((at(i + 1) == QLatin1Char('+') || at(i + 1) == QLatin1Char('-'))
                        && at(i + 2).isDigit()))) {
                i += 2;
                while (i < n && sql[i].isDigit())
                    ++i;
            }
            out.push_back({Tok::Number, sql.mid(start, i - start), start, int(i)});
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            while (i < n && (sql[i].isLetterOrNumber() || sql[i] == QLatin1Char('_')))
                ++i;
            out.push_back({Tok::Ident, sql.mid(start, i - start), start, int(i)});
            continue;
        }
        if (c == QLatin1Char('$'))
            return Error::make(Error::Code::InvalidInput,
                               Tr::tr("Unsubstituted variable at position %1: give it a "
                                      "value.")
                                   .arg(start),
                               start);
        static const char *const ops[]
            = {"->>", "!~*", "->", "::", "<=", ">=", "<>", "!=", "||", "==", "~*",
               "!~",  "(",   ")",  "[",  "]",  ",",  ";",  ".",  "*",  "+",  "-",
               "/",   "%",   "<",  ">",  "=",  "?",  "~",  "|",  "&",  "^"};
        bool matched = false;
        for (const char *op : ops) {
            const QLatin1String o(op);
            if (QStringView(sql).mid(i).startsWith(o)) {
                out.push_back({Tok::Op, QString(o), start, int(i + o.size())});
                i += o.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            return Error::make(
                Error::Code::SqlSyntax,
                Tr::tr("Unexpected character '%1' at position %2.").arg(c).arg(start), start);
    }
    return out;
}

struct Node
{
    Token tok;
    bool group = false;
    QChar open; // '(' or '['
    std::vector<Node> kids;
    int end = 0; // source offset just past the closing bracket
};

Result<std::vector<Node>> buildTree(const std::vector<Token> &tokens, size_t &i, QChar close,
                                    int openPos)
{
    std::vector<Node> seq;
    while (i < tokens.size()) {
        const Token &t = tokens[i];
        if (t.type == Tok::Op && (t.text == QLatin1String(")") || t.text == QLatin1String("]"))) {
            if (close.isNull() || t.text[0] != close)
                return Error::make(Error::Code::SqlSyntax,
                                   Tr::tr("Unbalanced '%1' at position %2.").arg(t.text).arg(t.pos),
                                   t.pos);
            ++i;
            return seq;
        }
        if (t.type == Tok::Op && (t.text == QLatin1String("(") || t.text == QLatin1String("["))) {
            ++i;
            const QChar closing
                = t.text == QLatin1String("(") ? QLatin1Char(')') : QLatin1Char(']');
            auto kids = buildTree(tokens, i, closing, t.pos);
            if (!kids)
                return kids.error();
            Node g;
            g.tok = t;
            g.group = true;
            g.open = t.text[0];
            g.kids = std::move(kids.value());
            g.end = i > 0 ? tokens[i - 1].end : t.end;
            seq.push_back(std::move(g));
            continue;
        }
        Node leaf;
        leaf.tok = t;
        leaf.end = t.end;
        seq.push_back(std::move(leaf));
        ++i;
    }
    if (!close.isNull())
        return Error::make(Error::Code::SqlSyntax,
                           Tr::tr("The '%1' at position %2 is never closed.")
                               .arg(close == QLatin1Char(')') ? QLatin1Char('(') : QLatin1Char('['))
                               .arg(openPos),
                           openPos);
    return seq;
}

// ---------------------------------------------------------------------------------------------
// Terms: translated pieces of the output, with what the rewriter needs to know about them

struct Piece
{
    QString text;
    int src = 0;
};
using Pieces = std::vector<Piece>;

enum class Kind {
    Other,
    Timestamp,
    Interval,
    StringLit,
    NumberLit,
    Op, // operator or punctuation
    Keyword,
    ArrayList, // make_array(...), ARRAY[...], [...]
    AnyList, // ANY(...) / SOME(...)
    AllList, // ALL(...)
};

struct Term
{
    Pieces pieces;
    Kind kind = Kind::Other;
    QString value; // decoded string literal; upper-case keyword; operator text; ident name
    int src = 0;
    int srcEnd = 0;
    bool primary = false;
    bool identRef = false; // a (possibly qualified) column reference
    QString qualifier; // "r." for r.attributes
    bool levelColumn = false;
    bool intColumn = false; // a materialised integer column (casts to int are no-ops)
    bool subquery = false;
    // JSON access chain, kept so that a->'x'->>'y' becomes one json_extract path.
    std::optional<Pieces> jsonBase;
    QString jsonBaseName; // "attributes" when the base is that column
    QString jsonQualifier;
    QStringList jsonPath; // rendered path segments: ."key" or [0]
    QStringList jsonKeys; // raw keys
    std::vector<Pieces> items; // ArrayList items; AnyList/AllList: the IN (...) content
    std::vector<Term> literals; // a parenthesised list of string literals: its elements
};

// Months and years have no fixed length in microseconds: refuse rather than guess.
std::optional<Micros> fixedDuration(const QString &text)
{
    static const QRegularExpression calendar(QStringLiteral("(mon|year|\\d\\s*y\\b)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (calendar.match(text).hasMatch())
        return std::nullopt;
    return parseDuration(text.toStdString());
}

Term op(const QString &text, int src)
{
    Term t;
    t.pieces = {{text, src}};
    t.kind = Kind::Op;
    t.value = text;
    t.src = src;
    t.srcEnd = src + int(text.size());
    return t;
}

Term literalTerm(const QString &text, int src, int srcEnd, Kind kind)
{
    Term t;
    t.pieces = {{text, src}};
    t.kind = kind;
    t.src = src;
    t.srcEnd = srcEnd;
    t.primary = true;
    return t;
}

void appendPieces(Pieces &to, const Pieces &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

Pieces joinTerms(const std::vector<Term> &terms)
{
    Pieces out;
    for (const auto &t : terms)
        appendPieces(out, t.pieces);
    return out;
}

QString quoteIdent(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + e + QLatin1Char('"');
}

QString renderPieces(const Pieces &pieces)
{
    QString out;
    for (const auto &p : pieces) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += p.text;
    }
    return out;
}

Term wrap(const QString &before, const Term &inner, const QString &after, Kind kind)
{
    Term t;
    t.pieces.push_back({before, inner.src});
    appendPieces(t.pieces, inner.pieces);
    t.pieces.push_back({after, inner.srcEnd});
    t.kind = kind;
    t.src = inner.src;
    t.srcEnd = inner.srcEnd;
    t.primary = true;
    return t;
}

const QSet<QString> &keywords()
{
    static const QSet<QString> k {
        QStringLiteral("SELECT"),    QStringLiteral("FROM"),      QStringLiteral("WHERE"),
        QStringLiteral("GROUP"),     QStringLiteral("BY"),        QStringLiteral("ORDER"),
        QStringLiteral("HAVING"),    QStringLiteral("LIMIT"),     QStringLiteral("OFFSET"),
        QStringLiteral("AND"),       QStringLiteral("OR"),        QStringLiteral("NOT"),
        QStringLiteral("AS"),        QStringLiteral("ON"),        QStringLiteral("JOIN"),
        QStringLiteral("INNER"),     QStringLiteral("LEFT"),      QStringLiteral("RIGHT"),
        QStringLiteral("FULL"),      QStringLiteral("OUTER"),     QStringLiteral("CROSS"),
        QStringLiteral("NATURAL"),   QStringLiteral("USING"),     QStringLiteral("UNION"),
        QStringLiteral("ALL"),       QStringLiteral("INTERSECT"), QStringLiteral("EXCEPT"),
        QStringLiteral("DISTINCT"),  QStringLiteral("IN"),        QStringLiteral("IS"),
        QStringLiteral("LIKE"),      QStringLiteral("ILIKE"),     QStringLiteral("GLOB"),
        QStringLiteral("BETWEEN"),   QStringLiteral("WITH"),      QStringLiteral("RECURSIVE"),
        QStringLiteral("ASC"),       QStringLiteral("DESC"),      QStringLiteral("NULLS"),
        QStringLiteral("WHEN"),      QStringLiteral("THEN"),      QStringLiteral("ELSE"),
        QStringLiteral("END"),       QStringLiteral("CASE"),      QStringLiteral("OVER"),
        QStringLiteral("PARTITION"), QStringLiteral("ROWS"),      QStringLiteral("RANGE"),
        QStringLiteral("GROUPS"),    QStringLiteral("UNBOUNDED"), QStringLiteral("PRECEDING"),
        QStringLiteral("FOLLOWING"), QStringLiteral("CURRENT"),   QStringLiteral("ROW"),
        QStringLiteral("WITHIN"),    QStringLiteral("FILTER"),    QStringLiteral("WINDOW"),
        QStringLiteral("ESCAPE"),    QStringLiteral("QUALIFY"),   QStringLiteral("LATERAL"),
        QStringLiteral("VALUES"),    QStringLiteral("COLLATE"),   QStringLiteral("EXCLUDE"),
        QStringLiteral("FIRST"),     QStringLiteral("LAST"),      QStringLiteral("EXISTS"),
        QStringLiteral("SIMILAR"),   QStringLiteral("TIES"),      QStringLiteral("OTHERS"),
    };
    return k;
}

struct HotColumn
{
    const char *key;
    const char *column;
    bool integer;
    bool existsMapping; // `attributes ? key` may use `column IS NOT NULL`
};

// gen_ai.system is filled from gen_ai.provider.name when absent, so key-exists checks must read
// the JSON.
constexpr HotColumn kHotColumns[] = {
    {"gen_ai.request.model", "_gen_ai_request_model", false, true},
    {"gen_ai.response.model", "_gen_ai_response_model", false, true},
    {"gen_ai.operation.name", "_gen_ai_operation_name", false, true},
    {"gen_ai.system", "_gen_ai_system", false, false},
    {"gen_ai.usage.input_tokens", "_gen_ai_input_tokens", true, true},
    {"gen_ai.usage.output_tokens", "_gen_ai_output_tokens", true, true},
    {"operation.cost", "_operation_cost", false, true},
};

const HotColumn *hotColumnFor(const QString &key)
{
    for (const auto &h : kHotColumns) {
        if (key == QLatin1String(h.key))
            return &h;
    }
    return nullptr;
}

bool isComparison(const Term &t)
{
    static const QSet<QString> ops {
        QStringLiteral("="), QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<>"),
        QStringLiteral("<"), QStringLiteral(">"),  QStringLiteral("<="), QStringLiteral(">=")};
    return t.kind == Kind::Op && ops.contains(t.value);
}

bool isKeyword(const Term &t, const char *kw)
{
    return t.kind == Kind::Keyword && t.value == QLatin1String(kw);
}

bool isOp(const Term &t, const char *o)
{
    return t.kind == Kind::Op && t.value == QLatin1String(o);
}

Error errorAt(Error::Code code, const QString &message, int pos)
{
    return Error::make(code, message + Tr::tr(" (at position %1)").arg(pos), pos);
}

// ---------------------------------------------------------------------------------------------

class Translator
{
public:
    Translator(const QString &source, const TranslateOptions &options)
        : m_source(source), m_options(options)
    {
        m_timestampNames = {QStringLiteral("start_timestamp"), QStringLiteral("end_timestamp"),
                            QStringLiteral("recorded_timestamp")};
    }

    Result<Translation> run();

private:
    Result<std::vector<Term>> sequence(const std::vector<Node> &nodes, int depth);
    Result<std::optional<Term>> primary(const std::vector<Node> &nodes, size_t &i, int depth);
    Result<Term> postfix(Term term, const std::vector<Node> &nodes, size_t &i, int depth);
    Result<Term> functionCall(const QString &name, const Term &nameTerm, const Node &args,
                              const std::vector<Node> &nodes, size_t &i, int depth);
    Result<Term> cast(const Term &x, const QString &type, int pos);
    Result<Term> jsonAccess(const Term &left, const Term &key, bool exists, int pos);
    Result<Term> tableReference(const QString &table, const Token &tok,
                                const std::vector<Node> &nodes, size_t i);
    Status rewriteOperators(std::vector<Term> &terms);
    void analyseSelectLists(std::vector<Term> &terms, int depth);
    Result<Term> group(const Node &g, int depth);
    Result<std::vector<std::vector<Term>>> arguments(const Node &g, int depth);
    Term combine(std::vector<Term> terms) const;
    Result<Translation> showColumns(const std::vector<Token> &tokens);

    QString sourceText(int from, int to) const
    {
        return m_source.mid(from, to - from).simplified();
    }

    const QString &m_source;
    TranslateOptions m_options;
    QSet<QString> m_timestampNames;
    QSet<QString> m_outerTimestampColumns;
};

Term Translator::combine(std::vector<Term> terms) const
{
    if (terms.size() == 1)
        return std::move(terms.front());
    Term t;
    t.primary = true;
    if (terms.empty())
        return t;
    t.src = terms.front().src;
    t.srcEnd = terms.back().srcEnd;
    // Timestamp arithmetic: ts ± interval is a timestamp, ts - ts an interval (µs).
    if (terms.size() == 3 && terms[1].kind == Kind::Op) {
        const Kind a = terms[0].kind;
        const Kind b = terms[2].kind;
        const QString &o = terms[1].value;
        if (a == Kind::Timestamp && (b == Kind::Interval || b == Kind::NumberLit)
            && (o == QLatin1String("+") || o == QLatin1String("-")))
            t.kind = Kind::Timestamp;
        else if (a == Kind::Interval && b == Kind::Timestamp && o == QLatin1String("+"))
            t.kind = Kind::Timestamp;
        else if (a == Kind::Timestamp && b == Kind::Timestamp && o == QLatin1String("-"))
            t.kind = Kind::Interval;
    }
    t.pieces = joinTerms(terms);
    return t;
}

Result<Term> Translator::group(const Node &g, int depth)
{
    auto inner = sequence(g.kids, depth + 1);
    if (!inner)
        return inner.error();
    auto &terms = inner.value();
    const bool sub = !terms.empty()
        && (isKeyword(terms.front(), "SELECT") || isKeyword(terms.front(), "WITH")
            || isKeyword(terms.front(), "VALUES"));
    Term t;
    if (!sub && terms.size() == 1 && terms.front().kind == Kind::ArrayList) {
        t = terms.front();
        t.pieces.insert(t.pieces.begin(), {QStringLiteral("("), g.tok.pos});
        t.pieces.push_back({QStringLiteral(")"), g.end - 1});
    } else {
        Term content = sub ? Term {} : combine(terms);
        t.pieces.push_back({QStringLiteral("("), g.tok.pos});
        appendPieces(t.pieces, joinTerms(terms));
        t.pieces.push_back({QStringLiteral(")"), g.end - 1});
        if (!sub
            && (content.kind == Kind::Timestamp || content.kind == Kind::Interval
                || content.kind == Kind::NumberLit))
            t.kind = content.kind;
        if (!sub && terms.size() == 1) {
            t.levelColumn = content.levelColumn;
            t.intColumn = content.intColumn;
        }
    }
    t.src = g.tok.pos;
    t.srcEnd = g.end;
    t.primary = true;
    t.subquery = sub;
    // ('error', 'warn'): kept so that `level IN (...)` can turn names into numbers.
    bool allStrings = !terms.empty();
    for (size_t k = 0; k < terms.size() && allStrings; ++k)
        allStrings = k % 2 == 0 ? terms[k].kind == Kind::StringLit : isOp(terms[k], ",");
    if (allStrings) {
        for (size_t k = 0; k < terms.size(); k += 2)
            t.literals.push_back(terms[k]);
    }
    return t;
}

Result<std::vector<std::vector<Term>>> Translator::arguments(const Node &g, int depth)
{
    auto inner = sequence(g.kids, depth + 1);
    if (!inner)
        return inner.error();
    std::vector<std::vector<Term>> args;
    if (inner->empty())
        return args;
    args.emplace_back();
    for (auto &t : inner.value()) {
        if (isOp(t, ","))
            args.emplace_back();
        else
            args.back().push_back(std::move(t));
    }
    return args;
}

Result<Term> Translator::tableReference(const QString &table, const Token &tok,
                                        const std::vector<Node> &nodes, size_t i)
{
    const QString view = QStringLiteral("_q_") + table;
    const QString tsColumn = table == QLatin1String("metrics")
        ? QStringLiteral("recorded_timestamp")
        : QStringLiteral("start_timestamp");
    QString text;
    if (m_options.minTimestamp || m_options.maxTimestamp || !m_options.environments.isEmpty()) {
        QStringList conds;
        if (m_options.minTimestamp)
            conds << QStringLiteral("%1 >= %2").arg(tsColumn).arg(*m_options.minTimestamp);
        if (m_options.maxTimestamp)
            conds << QStringLiteral("%1 < %2").arg(tsColumn).arg(*m_options.maxTimestamp);
        if (!m_options.environments.isEmpty())
            conds << environmentCondition(m_options.environments);
        text = QStringLiteral("(SELECT * FROM %1 WHERE %2)")
                   .arg(view, conds.join(QStringLiteral(" AND ")));
    } else {
        text = view;
    }
    // Keep the name the user wrote usable as a qualifier (records.span_name) unless aliased.
    bool aliased = false;
    if (i < nodes.size() && !nodes[i].group) {
        const Token &next = nodes[i].tok;
        if (next.type == Tok::QuotedIdent)
            aliased = true;
        else if (next.type == Tok::Ident) {
            const QString up = next.text.toUpper();
            aliased = up == QLatin1String("AS") || !keywords().contains(up);
        }
    }
    if (!aliased)
        text += QStringLiteral(" AS ") + table;
    return literalTerm(text, tok.pos, tok.end, Kind::Other);
}

Result<Term> Translator::cast(const Term &x, const QString &typeIn, int pos)
{
    const QString type = typeIn.toLower().simplified();
    static const QSet<QString> real {QStringLiteral("numeric"), QStringLiteral("decimal"),
                                     QStringLiteral("float"),   QStringLiteral("float4"),
                                     QStringLiteral("float8"),  QStringLiteral("double"),
                                     QStringLiteral("real"),    QStringLiteral("double precision"),
                                     QStringLiteral("float64"), QStringLiteral("float32")};
    static const QSet<QString> integer {
        QStringLiteral("int"),      QStringLiteral("integer"), QStringLiteral("int4"),
        QStringLiteral("int8"),     QStringLiteral("int2"),    QStringLiteral("bigint"),
        QStringLiteral("smallint"), QStringLiteral("tinyint"), QStringLiteral("int64"),
        QStringLiteral("int32"),    QStringLiteral("uint64"),  QStringLiteral("uint32")};
    static const QSet<QString> text {QStringLiteral("text"),
                                     QStringLiteral("string"),
                                     QStringLiteral("varchar"),
                                     QStringLiteral("char"),
                                     QStringLiteral("character varying"),
                                     QStringLiteral("character"),
                                     QStringLiteral("utf8")};
    static const QSet<QString> timestamp {
        QStringLiteral("timestamp"), QStringLiteral("timestamptz"),
        QStringLiteral("timestamp with time zone"), QStringLiteral("timestamp without time zone"),
        QStringLiteral("datetime")};
    if (real.contains(type))
        return wrap(QStringLiteral("CAST("), x, QStringLiteral("AS REAL)"), Kind::Other);
    if (integer.contains(type)) {
        if (x.intColumn)
            return x;
        return wrap(QStringLiteral("CAST("), x, QStringLiteral("AS INTEGER)"), Kind::Other);
    }
    if (text.contains(type)) {
        if (x.kind == Kind::Timestamp)
            return wrap(QStringLiteral("hearth_iso("), x, QStringLiteral(")"), Kind::Other);
        return wrap(QStringLiteral("CAST("), x, QStringLiteral("AS TEXT)"), Kind::Other);
    }
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return wrap(QStringLiteral("hearth_bool("), x, QStringLiteral(")"), Kind::Other);
    if (timestamp.contains(type) || type == QLatin1String("date")) {
        Term t = x;
        if (x.kind == Kind::StringLit) {
            const auto us = parseIsoMicros(x.value.toStdString());
            if (!us)
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("Cannot read '%1' as a timestamp").arg(x.value), x.src);
            t = literalTerm(QString::number(*us), x.src, x.srcEnd, Kind::Timestamp);
        } else if (x.kind != Kind::Timestamp) {
            t = wrap(QStringLiteral("hearth_ts("), x, QStringLiteral(")"), Kind::Timestamp);
        }
        if (type == QLatin1String("date"))
            t = wrap(QStringLiteral("date_trunc('day',"), t, QStringLiteral(")"), Kind::Timestamp);
        t.kind = Kind::Timestamp;
        return t;
    }
    if (type == QLatin1String("interval")) {
        if (x.kind == Kind::StringLit) {
            const auto us = fixedDuration(x.value);
            if (!us)
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("Cannot read '%1' as a fixed-length interval").arg(x.value),
                               x.src);
            return literalTerm(QString::number(*us), x.src, x.srcEnd, Kind::Interval);
        }
        return wrap(QStringLiteral("hearth_interval("), x, QStringLiteral(")"), Kind::Interval);
    }
    if (type == QLatin1String("json") || type == QLatin1String("jsonb")
        || type.endsWith(QLatin1String("[]")) || type == QLatin1String("array"))
        return x;
    return errorAt(Error::Code::Unsupported,
                   Tr::tr("Cannot translate a cast to type '%1'").arg(typeIn), pos);
}

Result<Term> Translator::jsonAccess(const Term &left, const Term &key, bool exists, int pos)
{
    Term t;
    t.primary = true;
    t.src = left.src;
    t.srcEnd = key.srcEnd;
    QString segment;
    QString rawKey;
    bool dynamic = false;
    if (key.kind == Kind::StringLit) {
        rawKey = key.value;
        QString k = key.value;
        k.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        segment = QStringLiteral(".\"") + k + QLatin1Char('"');
    } else if (key.kind == Kind::NumberLit && !key.pieces.empty()
               && !key.pieces.front().text.contains(QLatin1Char('.'))) {
        segment = QLatin1Char('[') + key.pieces.front().text + QLatin1Char(']');
    } else {
        dynamic = true;
    }
    if (left.jsonBase) {
        t.jsonBase = left.jsonBase;
        t.jsonBaseName = left.jsonBaseName;
        t.jsonQualifier = left.jsonQualifier;
        t.jsonPath = left.jsonPath;
        t.jsonKeys = left.jsonKeys;
    } else {
        t.jsonBase = left.pieces;
        if (left.identRef) {
            t.jsonBaseName = left.value;
            t.jsonQualifier = left.qualifier;
        }
    }
    if (dynamic) {
        // A computed key: build the path at run time (quoted, so dots stay inside the key).
        Pieces p;
        p.push_back(
            {exists ? QStringLiteral("(json_type(") : QStringLiteral("json_extract("), left.src});
        appendPieces(p, left.pieces);
        p.push_back({QStringLiteral(", '$.\"' ||"), pos});
        appendPieces(p, key.pieces);
        p.push_back({exists ? QStringLiteral("|| '\"') IS NOT NULL)") : QStringLiteral("|| '\"')"),
                     key.srcEnd});
        t.pieces = std::move(p);
        t.jsonBase.reset();
        return t;
    }
    t.jsonPath << segment;
    t.jsonKeys << rawKey;

    // Hot attributes: one key straight off `attributes` reads the materialised column.
    if (m_options.hotColumns && t.jsonKeys.size() == 1
        && t.jsonBaseName.compare(QLatin1String("attributes"), Qt::CaseInsensitive) == 0) {
        if (const HotColumn *hot = hotColumnFor(t.jsonKeys.front())) {
            const QString column = t.jsonQualifier + QLatin1String(hot->column);
            if (exists) {
                if (hot->existsMapping) {
                    t.pieces
                        = {{QLatin1Char('(') + column + QStringLiteral(" IS NOT NULL)"), left.src}};
                    t.jsonBase.reset();
                    return t;
                }
            } else {
                t.pieces = {{column, left.src}};
                t.intColumn = hot->integer;
                return t;
            }
        }
    }
    const QString path = quoteSqlString(QLatin1Char('$') + t.jsonPath.join(QString()));
    Pieces p;
    p.push_back(
        {exists ? QStringLiteral("(json_type(") : QStringLiteral("json_extract("), left.src});
    appendPieces(p, *t.jsonBase);
    p.push_back({QStringLiteral(",") + path
                     + (exists ? QStringLiteral(") IS NOT NULL)") : QStringLiteral(")")),
                 key.src});
    t.pieces = std::move(p);
    if (exists)
        t.jsonBase.reset();
    return t;
}

Result<Term> Translator::postfix(Term term, const std::vector<Node> &nodes, size_t &i, int depth)
{
    while (i < nodes.size()) {
        const Node &n = nodes[i];
        if (n.group || n.tok.type != Tok::Op)
            break;
        const QString &o = n.tok.text;
        if (o == QLatin1String("::")) {
            ++i;
            if (i >= nodes.size() || nodes[i].group || nodes[i].tok.type != Tok::Ident)
                return errorAt(Error::Code::SqlSyntax, Tr::tr("Expected a type after '::'"),
                               n.tok.pos);
            QString type = nodes[i].tok.text;
            ++i;
            auto nextIs = [&](const char *word) {
                return i < nodes.size() && !nodes[i].group && nodes[i].tok.type == Tok::Ident
                    && nodes[i].tok.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
            };
            if (type.compare(QLatin1String("double"), Qt::CaseInsensitive) == 0
                && nextIs("precision")) {
                type += QStringLiteral(" precision");
                ++i;
            } else if (type.compare(QLatin1String("character"), Qt::CaseInsensitive) == 0
                       && nextIs("varying")) {
                type += QStringLiteral(" varying");
                ++i;
            } else if (type.compare(QLatin1String("timestamp"), Qt::CaseInsensitive) == 0
                       && (nextIs("with") || nextIs("without"))) {
                type += QLatin1Char(' ') + nodes[i].tok.text;
                i += 3; // "time zone"
            }
            if (i < nodes.size() && nodes[i].group && nodes[i].open == QLatin1Char('('))
                ++i; // precision: varchar(20), numeric(10,2)
            while (i < nodes.size() && nodes[i].group && nodes[i].open == QLatin1Char('[')
                   && nodes[i].kids.empty()) {
                type += QStringLiteral("[]");
                ++i;
            }
            auto casted = cast(term, type, n.tok.pos);
            if (!casted)
                return casted.error();
            term = std::move(casted.value());
            continue;
        }
        if (o == QLatin1String("->") || o == QLatin1String("->>") || o == QLatin1String("?")) {
            ++i;
            // The key binds tighter than a following ->> (a->>'x'->>'y' is (a->>'x')->>'y').
            std::optional<Term> key;
            if (i < nodes.size() && !nodes[i].group
                && (nodes[i].tok.type == Tok::String || nodes[i].tok.type == Tok::Number)) {
                const Token &kt = nodes[i].tok;
                key = literalTerm(kt.type == Tok::String ? quoteSqlString(kt.text) : kt.text,
                                  kt.pos, kt.end,
                                  kt.type == Tok::String ? Kind::StringLit : Kind::NumberLit);
                key->value = kt.text;
                ++i;
            } else {
                size_t k = i;
                auto dyn = primary(nodes, k, depth);
                if (!dyn)
                    return dyn.error();
                if (!dyn.value())
                    return errorAt(Error::Code::SqlSyntax,
                                   Tr::tr("Expected a key after '%1'").arg(o), n.tok.pos);
                key = std::move(*dyn.value());
                i = k;
            }
            auto accessed = jsonAccess(term, *key, o == QLatin1String("?"), n.tok.pos);
            if (!accessed)
                return accessed.error();
            term = std::move(accessed.value());
            continue;
        }
        break;
    }
    return term;
}

Result<Term> Translator::functionCall(const QString &nameIn, const Term &nameTerm, const Node &g,
                                      const std::vector<Node> &nodes, size_t &i, int depth)
{
    const QString name = nameIn.toLower();
    const int pos = nameTerm.src;
    auto unsupported = [&](const QString &what) {
        return errorAt(Error::Code::Unsupported,
                       Tr::tr("%1 is not supported by the local engine yet").arg(what), pos);
    };
    if (name == QLatin1String("unnest") || name == QLatin1String("generate_series")
        || name == QLatin1String("range"))
        return unsupported(nameIn + QStringLiteral("()"));

    auto argsR = arguments(g, depth);
    if (!argsR)
        return argsR.error();
    auto &args = argsR.value();
    std::vector<Term> argTerms;
    for (auto &a : args)
        argTerms.push_back(combine(a));

    auto call = [&](const QString &fn, Kind kind) {
        Term t;
        t.primary = true;
        t.kind = kind;
        t.src = pos;
        t.srcEnd = g.end;
        t.pieces.push_back({fn + QLatin1Char('('), pos});
        for (size_t k = 0; k < argTerms.size(); ++k) {
            if (k > 0)
                t.pieces.push_back({QStringLiteral(","), argTerms[k].src});
            appendPieces(t.pieces, argTerms[k].pieces);
        }
        t.pieces.push_back({QStringLiteral(")"), g.end - 1});
        return t;
    };
    auto needArgs = [&](size_t lo, size_t hi) -> Status {
        if (argTerms.size() < lo || argTerms.size() > hi)
            return errorAt(
                Error::Code::SqlSyntax,
                Tr::tr("%1() takes %2 argument(s), got %3")
                    .arg(nameIn)
                    .arg(lo == hi ? QString::number(lo) : Tr::tr("%1 to %2").arg(lo).arg(hi))
                    .arg(argTerms.size()),
                pos);
        return {};
    };
    auto intervalMicros = [&](const Term &t) -> std::optional<Micros> {
        if (t.kind == Kind::Interval || (t.kind == Kind::NumberLit && !t.pieces.empty()))
            return t.pieces.front().text.toLongLong();
        if (t.kind == Kind::StringLit) {
            if (auto us = fixedDuration(t.value))
                return *us;
        }
        return std::nullopt;
    };

    if (name == QLatin1String("count") && argTerms.empty()) {
        Term t = literalTerm(QStringLiteral("count(*)"), pos, g.end, Kind::Other);
        return t;
    }
    if (name == QLatin1String("now") || name == QLatin1String("current_timestamp")) {
        return literalTerm(QString::number(m_options.nowUs), pos, g.end, Kind::Timestamp);
    }
    if (name == QLatin1String("time_bucket") || name == QLatin1String("date_bin")) {
        if (auto s = needArgs(2, 3); !s)
            return s.error();
        if (argTerms.size() == 2) {
            if (const auto us = intervalMicros(argTerms[0]); us && *us > 0) {
                Term t = wrap(QStringLiteral("(("), argTerms[1],
                              QStringLiteral(") / %1 * %1)").arg(*us), Kind::Timestamp);
                t.src = pos;
                t.srcEnd = g.end;
                return t;
            }
        }
        return call(QStringLiteral("time_bucket"), Kind::Timestamp);
    }
    if (name == QLatin1String("date_trunc")) {
        if (auto s = needArgs(2, 2); !s)
            return s.error();
        return call(QStringLiteral("date_trunc"), Kind::Timestamp);
    }
    if (name == QLatin1String("date_part") || name == QLatin1String("datepart")) {
        if (auto s = needArgs(2, 2); !s)
            return s.error();
        return call(QStringLiteral("hearth_extract"), Kind::Other);
    }
    if (name == QLatin1String("to_timestamp") || name == QLatin1String("to_timestamp_seconds")
        || name == QLatin1String("to_timestamp_millis")
        || name == QLatin1String("to_timestamp_micros")) {
        if (argTerms.empty())
            return needArgs(1, 1).error();
        argTerms.resize(1);
        if (argTerms[0].kind == Kind::StringLit)
            return cast(argTerms[0], QStringLiteral("timestamp"), pos);
        const QString scale = name.endsWith(QLatin1String("millis")) ? QStringLiteral("1000")
            : name.endsWith(QLatin1String("micros"))                 ? QStringLiteral("1")
                                                                     : QStringLiteral("1000000");
        Term t = call(QStringLiteral("hearth_to_timestamp"), Kind::Timestamp);
        t.pieces.back().text = QStringLiteral(",") + scale + QStringLiteral(")");
        return t;
    }
    if (name == QLatin1String("approx_percentile_cont") || name == QLatin1String("percentile_cont")
        || name == QLatin1String("approx_percentile_cont_with_weight")) {
        // approx_percentile_cont(p) WITHIN GROUP (ORDER BY x [DESC]) or the older (x, p).
        if (i + 1 < nodes.size() && !nodes[i].group && nodes[i].tok.type == Tok::Ident
            && nodes[i].tok.text.compare(QLatin1String("WITHIN"), Qt::CaseInsensitive) == 0) {
            if (!(i + 2 < nodes.size() && !nodes[i + 1].group
                  && nodes[i + 1].tok.text.compare(QLatin1String("GROUP"), Qt::CaseInsensitive) == 0
                  && nodes[i + 2].group))
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("Expected WITHIN GROUP (ORDER BY ...)"), nodes[i].tok.pos);
            const Node &within = nodes[i + 2];
            i += 3;
            auto inner = sequence(within.kids, depth + 1);
            if (!inner)
                return inner.error();
            auto &terms = inner.value();
            if (terms.size() < 3 || !isKeyword(terms[0], "ORDER") || !isKeyword(terms[1], "BY"))
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("WITHIN GROUP needs (ORDER BY expression)"), within.tok.pos);
            bool desc = false;
            if (isKeyword(terms.back(), "DESC")) {
                desc = true;
                terms.pop_back();
            } else if (isKeyword(terms.back(), "ASC")) {
                terms.pop_back();
            }
            std::vector<Term> expr(terms.begin() + 2, terms.end());
            if (argTerms.empty())
                return needArgs(1, 2).error();
            Term x = combine(expr);
            Term p = argTerms[0];
            Term t;
            t.primary = true;
            t.src = pos;
            t.srcEnd = within.end;
            t.pieces.push_back({QStringLiteral("hearth_percentile("), pos});
            appendPieces(t.pieces, x.pieces);
            t.pieces.push_back({desc ? QStringLiteral(", 1 - (") : QStringLiteral(", ("), p.src});
            appendPieces(t.pieces, p.pieces);
            t.pieces.push_back({QStringLiteral("))"), within.end - 1});
            return t;
        }
        if (auto s = needArgs(2, 3); !s)
            return s.error();
        argTerms.resize(2);
        return call(QStringLiteral("hearth_percentile"), Kind::Other);
    }
    if (name == QLatin1String("median") || name == QLatin1String("approx_median")) {
        if (auto s = needArgs(1, 1); !s)
            return s.error();
        Term t = call(QStringLiteral("hearth_percentile"), Kind::Other);
        t.pieces.back().text = QStringLiteral(", 0.5)");
        return t;
    }
    if (name == QLatin1String("approx_distinct")) {
        if (auto s = needArgs(1, 1); !s)
            return s.error();
        Term t = call(QStringLiteral("count"), Kind::Other);
        t.pieces.front().text = QStringLiteral("count(DISTINCT");
        return t;
    }
    if (name == QLatin1String("array_has") || name == QLatin1String("array_contains")
        || name == QLatin1String("list_has")) {
        if (auto s = needArgs(2, 2); !s)
            return s.error();
        Term t;
        t.primary = true;
        t.src = pos;
        t.srcEnd = g.end;
        t.pieces.push_back({QStringLiteral("(EXISTS (SELECT 1 FROM json_each("), pos});
        appendPieces(t.pieces, argTerms[0].pieces);
        t.pieces.push_back({QStringLiteral(") WHERE value ="), argTerms[1].src});
        appendPieces(t.pieces, argTerms[1].pieces);
        t.pieces.push_back({QStringLiteral("))"), g.end - 1});
        return t;
    }
    if (name == QLatin1String("array_length") || name == QLatin1String("cardinality")) {
        argTerms.resize(std::min<size_t>(argTerms.size(), 1));
        return call(QStringLiteral("json_array_length"), Kind::Other);
    }
    if (name == QLatin1String("make_array") || name == QLatin1String("make_list")) {
        Term t = call(QStringLiteral("json_array"), Kind::ArrayList);
        for (const auto &a : argTerms)
            t.items.push_back(a.pieces);
        return t;
    }
    if (name == QLatin1String("json_get") || name == QLatin1String("json_get_str")
        || name == QLatin1String("json_get_int") || name == QLatin1String("json_get_float")
        || name == QLatin1String("json_get_bool") || name == QLatin1String("json_get_json")
        || name == QLatin1String("json_as_text") || name == QLatin1String("json_contains")) {
        if (argTerms.empty())
            return needArgs(1, 99).error();
        Term t = argTerms[0];
        const bool exists = name == QLatin1String("json_contains");
        for (size_t k = 1; k < argTerms.size(); ++k) {
            auto r
                = jsonAccess(t, argTerms[k], exists && k + 1 == argTerms.size(), argTerms[k].src);
            if (!r)
                return r.error();
            t = std::move(r.value());
        }
        t.src = pos;
        t.srcEnd = g.end;
        if (name == QLatin1String("json_get_int"))
            return cast(t, QStringLiteral("int"), pos);
        if (name == QLatin1String("json_get_float"))
            return cast(t, QStringLiteral("float"), pos);
        if (name == QLatin1String("json_get_str"))
            return cast(t, QStringLiteral("text"), pos);
        return t;
    }
    if (name == QLatin1String("json_keys") || name == QLatin1String("json_object_keys")) {
        if (auto s = needArgs(1, 1); !s)
            return s.error();
        Term t = wrap(QStringLiteral("(SELECT json_group_array(key) FROM json_each("), argTerms[0],
                      QStringLiteral("))"), Kind::Other);
        return t;
    }
    if (name == QLatin1String("string_agg"))
        return call(QStringLiteral("group_concat"), Kind::Other);
    if (name == QLatin1String("array_agg"))
        return call(QStringLiteral("json_group_array"), Kind::Other);
    if (name == QLatin1String("strpos") || name == QLatin1String("instr"))
        return call(QStringLiteral("instr"), Kind::Other);
    if (name == QLatin1String("char_length") || name == QLatin1String("character_length"))
        return call(QStringLiteral("length"), Kind::Other);
    if (name == QLatin1String("substring"))
        return call(QStringLiteral("substr"), Kind::Other);
    if (name == QLatin1String("any_value"))
        return call(QStringLiteral("min"), argTerms.empty() ? Kind::Other : argTerms[0].kind);
    if (name == QLatin1String("min") || name == QLatin1String("max")
        || name == QLatin1String("first_value") || name == QLatin1String("last_value")
        || name == QLatin1String("coalesce") || name == QLatin1String("nullif")
        || name == QLatin1String("greatest") || name == QLatin1String("least")
        || name == QLatin1String("lag") || name == QLatin1String("lead")) {
        Kind k = argTerms.empty() ? Kind::Other : argTerms[0].kind;
        if (k != Kind::Timestamp && k != Kind::Interval)
            k = Kind::Other;
        return call(nameTerm.pieces.front().text, k);
    }
    return call(nameTerm.pieces.front().text, Kind::Other);
}

Result<std::optional<Term>> Translator::primary(const std::vector<Node> &nodes, size_t &i,
                                                int depth)
{
    if (i >= nodes.size())
        return std::optional<Term>();
    const Node &n = nodes[i];
    if (n.group) {
        if (n.open == QLatin1Char('[')) {
            // An array literal [a, b].
            auto args = arguments(n, depth);
            if (!args)
                return args.error();
            Term t;
            t.primary = true;
            t.kind = Kind::ArrayList;
            t.src = n.tok.pos;
            t.srcEnd = n.end;
            t.pieces.push_back({QStringLiteral("json_array("), n.tok.pos});
            bool first = true;
            for (auto &a : args.value()) {
                Term item = combine(a);
                if (!first)
                    t.pieces.push_back({QStringLiteral(","), item.src});
                first = false;
                appendPieces(t.pieces, item.pieces);
                t.items.push_back(item.pieces);
            }
            t.pieces.push_back({QStringLiteral(")"), n.end - 1});
            ++i;
            auto r = postfix(std::move(t), nodes, i, depth);
            if (!r)
                return r.error();
            return std::optional<Term>(std::move(r.value()));
        }
        auto g = group(n, depth);
        if (!g)
            return g.error();
        ++i;
        auto r = postfix(std::move(g.value()), nodes, i, depth);
        if (!r)
            return r.error();
        return std::optional<Term>(std::move(r.value()));
    }
    const Token &tok = n.tok;
    const QString upper = tok.text.toUpper();
    auto finish = [&](Term t) -> Result<std::optional<Term>> {
        auto r = postfix(std::move(t), nodes, i, depth);
        if (!r)
            return r.error();
        return std::optional<Term>(std::move(r.value()));
    };
    auto nextIsString = [&] {
        return i + 1 < nodes.size() && !nodes[i + 1].group && nodes[i + 1].tok.type == Tok::String;
    };
    auto nextIsGroup = [&] {
        return i + 1 < nodes.size() && nodes[i + 1].group && nodes[i + 1].open == QLatin1Char('(');
    };

    switch (tok.type) {
    case Tok::String: {
        Term t = literalTerm(quoteSqlString(tok.text), tok.pos, tok.end, Kind::StringLit);
        t.value = tok.text;
        ++i;
        return finish(std::move(t));
    }
    case Tok::Number: {
        Term t = literalTerm(tok.text, tok.pos, tok.end, Kind::NumberLit);
        ++i;
        return finish(std::move(t));
    }
    case Tok::Op:
        return std::optional<Term>();
    case Tok::Ident:
    case Tok::QuotedIdent:
        break;
    }

    if (tok.type == Tok::Ident) {
        if (upper == QLatin1String("INTERVAL") && nextIsString()) {
            const Token &s = nodes[i + 1].tok;
            const auto us = fixedDuration(s.text);
            if (!us)
                return errorAt(Error::Code::Unsupported,
                               Tr::tr("Cannot translate the interval '%1' (months and "
                                      "years have no fixed length)")
                                   .arg(s.text),
                               s.pos);
            i += 2;
            return finish(literalTerm(QString::number(*us), tok.pos, s.end, Kind::Interval));
        }
        if ((upper == QLatin1String("TIMESTAMP") || upper == QLatin1String("TIMESTAMPTZ")
             || upper == QLatin1String("DATE"))
            && nextIsString()) {
            const Token &s = nodes[i + 1].tok;
            const auto us = parseIsoMicros(s.text.toStdString());
            if (!us)
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("Cannot read '%1' as a timestamp").arg(s.text), s.pos);
            i += 2;
            return finish(literalTerm(QString::number(*us), tok.pos, s.end, Kind::Timestamp));
        }
        if (upper == QLatin1String("NULL") || upper == QLatin1String("TRUE")
            || upper == QLatin1String("FALSE")) {
            ++i;
            return finish(literalTerm(upper, tok.pos, tok.end, Kind::Other));
        }
        if (upper == QLatin1String("CURRENT_TIMESTAMP")
            || upper == QLatin1String("LOCALTIMESTAMP")) {
            ++i;
            if (i < nodes.size() && nodes[i].group && nodes[i].kids.empty())
                ++i;
            return finish(
                literalTerm(QString::number(m_options.nowUs), tok.pos, tok.end, Kind::Timestamp));
        }
        if (upper == QLatin1String("CURRENT_DATE")) {
            ++i;
            const Micros day = m_options.nowUs - m_options.nowUs % kMicrosPerDay;
            return finish(literalTerm(QString::number(day), tok.pos, tok.end, Kind::Timestamp));
        }
        if (upper == QLatin1String("CAST") && nextIsGroup()) {
            const Node &g = nodes[i + 1];
            i += 2;
            // CAST(expr AS type): split at the last top-level AS.
            size_t asIndex = g.kids.size();
            for (size_t k = 0; k < g.kids.size(); ++k) {
                if (!g.kids[k].group && g.kids[k].tok.type == Tok::Ident
                    && g.kids[k].tok.text.compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
                    asIndex = k;
            }
            if (asIndex == g.kids.size() || asIndex + 1 >= g.kids.size())
                return errorAt(Error::Code::SqlSyntax, Tr::tr("CAST needs (expr AS type)"),
                               tok.pos);
            std::vector<Node> expr(g.kids.begin(), g.kids.begin() + qsizetype(asIndex));
            auto inner = sequence(expr, depth + 1);
            if (!inner)
                return inner.error();
            QStringList typeWords;
            for (size_t k = asIndex + 1; k < g.kids.size(); ++k) {
                if (g.kids[k].group) {
                    if (g.kids[k].open == QLatin1Char('['))
                        typeWords << QStringLiteral("[]");
                    continue;
                }
                typeWords << g.kids[k].tok.text;
            }
            QString type = typeWords.join(QLatin1Char(' '));
            type.replace(QStringLiteral(" []"), QStringLiteral("[]"));
            Term x = combine(inner.value());
            auto c = cast(x, type, g.kids[asIndex + 1].tok.pos);
            if (!c)
                return c.error();
            c->src = tok.pos;
            c->srcEnd = g.end;
            return finish(std::move(c.value()));
        }
        if (upper == QLatin1String("EXTRACT") && nextIsGroup()) {
            const Node &g = nodes[i + 1];
            i += 2;
            if (g.kids.size() < 3 || g.kids[0].group
                || g.kids[1].tok.text.compare(QLatin1String("FROM"), Qt::CaseInsensitive) != 0)
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("EXTRACT needs (field FROM expression)"), tok.pos);
            const QString field = g.kids[0].tok.text.toLower();
            std::vector<Node> expr(g.kids.begin() + 2, g.kids.end());
            auto inner = sequence(expr, depth + 1);
            if (!inner)
                return inner.error();
            Term x = combine(inner.value());
            Term t = wrap(QStringLiteral("hearth_extract(%1,").arg(quoteSqlString(field)), x,
                          QStringLiteral(")"), Kind::Other);
            t.src = tok.pos;
            t.srcEnd = g.end;
            return finish(std::move(t));
        }
        if (upper == QLatin1String("CASE")) {
            // CASE ... END, nested CASEs counted.
            int level = 0;
            size_t k = i;
            for (; k < nodes.size(); ++k) {
                if (nodes[k].group || nodes[k].tok.type != Tok::Ident)
                    continue;
                const QString w = nodes[k].tok.text.toUpper();
                if (w == QLatin1String("CASE"))
                    ++level;
                else if (w == QLatin1String("END") && --level == 0)
                    break;
            }
            if (k >= nodes.size())
                return errorAt(Error::Code::SqlSyntax, Tr::tr("CASE without END"), tok.pos);
            std::vector<Node> body(nodes.begin() + qsizetype(i) + 1, nodes.begin() + qsizetype(k));
            auto inner = sequence(body, depth + 1);
            if (!inner)
                return inner.error();
            Term t;
            t.primary = true;
            t.src = tok.pos;
            t.srcEnd = nodes[k].tok.end;
            t.pieces.push_back({QStringLiteral("CASE"), tok.pos});
            appendPieces(t.pieces, joinTerms(inner.value()));
            t.pieces.push_back({QStringLiteral("END"), nodes[k].tok.pos});
            i = k + 1;
            return finish(std::move(t));
        }
        if ((upper == QLatin1String("EXISTS")) && nextIsGroup()) {
            auto g = group(nodes[i + 1], depth);
            if (!g)
                return g.error();
            Term t = g.value();
            t.pieces.insert(t.pieces.begin(), {QStringLiteral("EXISTS"), tok.pos});
            t.src = tok.pos;
            i += 2;
            return std::optional<Term>(std::move(t));
        }
        if ((upper == QLatin1String("ANY") || upper == QLatin1String("SOME")
             || upper == QLatin1String("ALL"))
            && nextIsGroup()) {
            auto g = group(nodes[i + 1], depth);
            if (!g)
                return g.error();
            Term t;
            t.primary = true;
            t.kind = upper == QLatin1String("ALL") ? Kind::AllList : Kind::AnyList;
            t.src = tok.pos;
            t.srcEnd = nodes[i + 1].end;
            Pieces content;
            if (g->kind == Kind::ArrayList) {
                for (size_t k = 0; k < g->items.size(); ++k) {
                    if (k > 0)
                        content.push_back({QStringLiteral(","), tok.pos});
                    appendPieces(content, g->items[k]);
                }
            } else if (g->subquery) {
                content = g->pieces; // "( SELECT ... )": strip the parentheses below
                content.erase(content.begin());
                content.pop_back();
            } else {
                content.push_back({QStringLiteral("SELECT value FROM json_each("), tok.pos});
                appendPieces(content, g->pieces);
                content.push_back({QStringLiteral(")"), nodes[i + 1].end - 1});
            }
            t.items.push_back(content);
            t.pieces = {{QStringLiteral("("), tok.pos}};
            appendPieces(t.pieces, content);
            t.pieces.push_back({QStringLiteral(")"), nodes[i + 1].end - 1});
            i += 2;
            return std::optional<Term>(std::move(t));
        }
        if (upper == QLatin1String("ARRAY") && i + 1 < nodes.size() && nodes[i + 1].group
            && nodes[i + 1].open == QLatin1Char('[')) {
            ++i;
            return primary(nodes, i, depth);
        }
        if (keywords().contains(upper)) {
            if (upper == QLatin1String("QUALIFY") || upper == QLatin1String("LATERAL"))
                return errorAt(Error::Code::Unsupported,
                               Tr::tr("%1 is not supported by the local engine yet").arg(upper),
                               tok.pos);
            return std::optional<Term>();
        }
    }

    // Identifier chain a.b.c, maybe a function call, maybe a table reference.
    QStringList parts;
    QString qualifier;
    Term t;
    t.primary = true;
    t.src = tok.pos;
    size_t k = i;
    for (;;) {
        const Token &p = nodes[k].tok;
        if (nodes[k].group || (p.type != Tok::Ident && p.type != Tok::QuotedIdent))
            break;
        parts << (p.type == Tok::QuotedIdent ? quoteIdent(p.text) : p.text);
        t.srcEnd = p.end;
        ++k;
        if (k + 1 < nodes.size() && !nodes[k].group && nodes[k].tok.text == QLatin1String(".")) {
            const Node &after = nodes[k + 1];
            if (!after.group
                && (after.tok.type == Tok::Ident || after.tok.type == Tok::QuotedIdent)) {
                ++k;
                continue;
            }
            if (!after.group && after.tok.text == QLatin1String("*")) {
                parts << QStringLiteral("*");
                t.srcEnd = after.tok.end;
                k += 2;
            }
        }
        break;
    }
    const Token &last = nodes[k - 1].tok;
    const QString lastName = last.type == Tok::QuotedIdent ? last.text : last.text;
    const bool precededByDot
        = i > 0 && !nodes[i - 1].group && nodes[i - 1].tok.text == QLatin1String(".");
    const bool precededByAs = i > 0 && !nodes[i - 1].group && nodes[i - 1].tok.type == Tok::Ident
        && nodes[i - 1].tok.text.compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0;

    if (k < nodes.size() && nodes[k].group && nodes[k].open == QLatin1Char('(') && parts.size() == 1
        && tok.type == Tok::Ident) {
        t.pieces = {{tok.text, tok.pos}};
        const Node &args = nodes[k];
        i = k + 1;
        auto f = functionCall(tok.text, t, args, nodes, i, depth);
        if (!f)
            return f.error();
        Term fn = std::move(f.value());
        // Aggregate/window suffixes: FILTER (WHERE ...), OVER (...) or OVER name.
        while (i < nodes.size() && !nodes[i].group && nodes[i].tok.type == Tok::Ident) {
            const QString w = nodes[i].tok.text.toUpper();
            if (w != QLatin1String("FILTER") && w != QLatin1String("OVER"))
                break;
            fn.pieces.push_back({w, nodes[i].tok.pos});
            ++i;
            if (i < nodes.size() && nodes[i].group) {
                auto g = group(nodes[i], depth);
                if (!g)
                    return g.error();
                appendPieces(fn.pieces, g->pieces);
                fn.srcEnd = nodes[i].end;
                ++i;
            } else if (i < nodes.size()) {
                fn.pieces.push_back({nodes[i].tok.text, nodes[i].tok.pos});
                ++i;
            }
        }
        return finish(std::move(fn));
    }

    const QString lower = lastName.toLower();
    if (parts.size() == 1 && tok.type == Tok::Ident && !precededByDot && !precededByAs
        && (lower == QLatin1String("records") || lower == QLatin1String("records_all")
            || lower == QLatin1String("metrics"))
        && !(k < nodes.size() && !nodes[k].group && nodes[k].tok.text == QLatin1String("."))) {
        i = k;
        auto ref = tableReference(lower, tok, nodes, k);
        if (!ref)
            return ref.error();
        return std::optional<Term>(std::move(ref.value()));
    }

    t.pieces = {{parts.join(QLatin1Char('.')), tok.pos}};
    t.identRef = true;
    t.value = lastName;
    if (parts.size() > 1) {
        QStringList q = parts;
        q.removeLast();
        t.qualifier = q.join(QLatin1Char('.')) + QLatin1Char('.');
    }
    if (m_timestampNames.contains(lower))
        t.kind = Kind::Timestamp;
    if (lower == QLatin1String("level"))
        t.levelColumn = true;
    i = k;
    return finish(std::move(t));
}

Status Translator::rewriteOperators(std::vector<Term> &terms)
{
    auto toTimestamp = [](Term &t) -> Status {
        if (t.kind != Kind::StringLit)
            return {};
        const auto us = parseIsoMicros(t.value.toStdString());
        if (!us)
            return errorAt(
                Error::Code::SqlSyntax,
                Tr::tr("Cannot compare a timestamp with '%1': not a timestamp").arg(t.value),
                t.src);
        t = literalTerm(QString::number(*us), t.src, t.srcEnd, Kind::Timestamp);
        return {};
    };
    auto toLevel = [](Term &t) -> Status {
        if (t.kind != Kind::StringLit)
            return {};
        const auto n = levelNumber(t.value.toStdString());
        if (!n)
            return errorAt(Error::Code::SqlSyntax,
                           Tr::tr("Unknown level name '%1' (trace, debug, info, notice, "
                                  "warn, error, fatal)")
                               .arg(t.value),
                           t.src);
        t = literalTerm(QString::number(*n), t.src, t.srcEnd, Kind::NumberLit);
        return {};
    };

    for (size_t k = 0; k < terms.size(); ++k) {
        Term &t = terms[k];
        if (isKeyword(t, "DISTINCT") && k + 1 < terms.size() && isKeyword(terms[k + 1], "ON"))
            return errorAt(Error::Code::Unsupported,
                           Tr::tr("DISTINCT ON is not supported by the local engine yet "
                                  "(use ROW_NUMBER() OVER (PARTITION BY ...))"),
                           t.src);
        if (isComparison(t) && k > 0 && k + 1 < terms.size()) {
            Term &l = terms[k - 1];
            Term &r = terms[k + 1];
            if (r.kind == Kind::AnyList || r.kind == Kind::AllList) {
                const bool any = r.kind == Kind::AnyList;
                const bool eq = t.value == QLatin1String("=") || t.value == QLatin1String("==");
                const bool ne = t.value == QLatin1String("!=") || t.value == QLatin1String("<>");
                if (any && eq)
                    t.pieces = {{QStringLiteral("IN"), t.src}};
                else if (!any && ne)
                    t.pieces = {{QStringLiteral("NOT IN"), t.src}};
                else
                    return errorAt(Error::Code::Unsupported,
                                   Tr::tr("Only '= ANY(...)' and '<> ALL(...)' can be "
                                          "translated"),
                                   t.src);
                continue;
            }
            if (l.kind == Kind::Timestamp) {
                if (auto s = toTimestamp(r); !s)
                    return s;
            } else if (r.kind == Kind::Timestamp) {
                if (auto s = toTimestamp(l); !s)
                    return s;
            }
            if (l.levelColumn) {
                if (auto s = toLevel(r); !s)
                    return s;
            } else if (r.levelColumn) {
                if (auto s = toLevel(l); !s)
                    return s;
            }
            continue;
        }
        if (isKeyword(t, "BETWEEN") && k > 0 && k + 3 < terms.size()
            && isKeyword(terms[k + 2], "AND")) {
            if (terms[k - 1].kind == Kind::Timestamp) {
                if (auto s = toTimestamp(terms[k + 1]); !s)
                    return s;
                if (auto s = toTimestamp(terms[k + 3]); !s)
                    return s;
            } else if (terms[k - 1].levelColumn) {
                if (auto s = toLevel(terms[k + 1]); !s)
                    return s;
                if (auto s = toLevel(terms[k + 3]); !s)
                    return s;
            }
            continue;
        }
        if (isKeyword(t, "IN") && k > 0 && k + 1 < terms.size() && !terms[k + 1].literals.empty()
            && (terms[k - 1].levelColumn
                || (k > 1 && isKeyword(terms[k - 1], "NOT") && terms[k - 2].levelColumn))) {
            Term &list = terms[k + 1];
            Pieces p {{QStringLiteral("("), list.src}};
            for (size_t j = 0; j < list.literals.size(); ++j) {
                if (auto s = toLevel(list.literals[j]); !s)
                    return s;
                if (j > 0)
                    p.push_back({QStringLiteral(","), list.literals[j].src});
                appendPieces(p, list.literals[j].pieces);
            }
            p.push_back({QStringLiteral(")"), list.srcEnd});
            list.pieces = std::move(p);
            continue;
        }
        if (isKeyword(t, "IN") && k + 1 < terms.size() && terms[k + 1].kind == Kind::ArrayList) {
            // x IN ($list) where the variable became make_array(...).
            Term &list = terms[k + 1];
            Pieces p {{QStringLiteral("("), list.src}};
            for (size_t j = 0; j < list.items.size(); ++j) {
                if (j > 0)
                    p.push_back({QStringLiteral(","), list.src});
                appendPieces(p, list.items[j]);
            }
            p.push_back({QStringLiteral(")"), list.srcEnd});
            list.pieces = std::move(p);
            continue;
        }
        if (isKeyword(t, "ILIKE") && k > 0 && k + 1 < terms.size()) {
            size_t l = k - 1;
            if (isKeyword(terms[l], "NOT") && l > 0)
                --l;
            terms[l] = wrap(QStringLiteral("lower("), terms[l], QStringLiteral(")"), Kind::Other);
            terms[k + 1]
                = wrap(QStringLiteral("lower("), terms[k + 1], QStringLiteral(")"), Kind::Other);
            t.pieces = {{QStringLiteral("LIKE"), t.src}};
            continue;
        }
        if (t.kind == Kind::Op
            && (t.value == QLatin1String("~") || t.value == QLatin1String("~*")
                || t.value == QLatin1String("!~") || t.value == QLatin1String("!~*"))
            && k > 0 && k + 1 < terms.size()) {
            const bool negate = t.value.startsWith(QLatin1Char('!'));
            const bool icase = t.value.endsWith(QLatin1Char('*'));
            Term call;
            call.primary = true;
            call.src = terms[k - 1].src;
            call.srcEnd = terms[k + 1].srcEnd;
            call.pieces.push_back(
                {negate ? QStringLiteral("NOT regexp_like(") : QStringLiteral("regexp_like("),
                 terms[k - 1].src});
            appendPieces(call.pieces, terms[k - 1].pieces);
            call.pieces.push_back({QStringLiteral(","), t.src});
            appendPieces(call.pieces, terms[k + 1].pieces);
            call.pieces.push_back(
                {icase ? QStringLiteral(", 'i')") : QStringLiteral(")"), terms[k + 1].srcEnd});
            terms[k - 1] = std::move(call);
            terms.erase(terms.begin() + qsizetype(k), terms.begin() + qsizetype(k) + 2);
            --k;
            continue;
        }
    }
    return {};
}

void Translator::analyseSelectLists(std::vector<Term> &terms, int depth)
{
    static const QSet<QString> enders {
        QStringLiteral("FROM"),   QStringLiteral("WHERE"),     QStringLiteral("GROUP"),
        QStringLiteral("ORDER"),  QStringLiteral("LIMIT"),     QStringLiteral("HAVING"),
        QStringLiteral("UNION"),  QStringLiteral("INTERSECT"), QStringLiteral("EXCEPT"),
        QStringLiteral("WINDOW"), QStringLiteral("OFFSET")};
    for (size_t k = 0; k < terms.size(); ++k) {
        if (!isKeyword(terms[k], "SELECT"))
            continue;
        size_t start = k + 1;
        while (start < terms.size()
               && (isKeyword(terms[start], "DISTINCT") || isKeyword(terms[start], "ALL")))
            ++start;
        size_t end = start;
        while (end < terms.size()
               && !(terms[end].kind == Kind::Keyword && enders.contains(terms[end].value)))
            ++end;
        // Items between commas, walking backwards so that inserted aliases keep indices valid.
        std::vector<std::pair<size_t, size_t>> items;
        size_t itemStart = start;
        for (size_t j = start; j <= end; ++j) {
            if (j == end || isOp(terms[j], ",")) {
                if (j > itemStart)
                    items.emplace_back(itemStart, j);
                itemStart = j + 1;
            }
        }
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            const auto [a, b] = *it;
            std::vector<Term> expr(terms.begin() + qsizetype(a), terms.begin() + qsizetype(b));
            QString alias;
            if (expr.size() >= 3 && isKeyword(expr[expr.size() - 2], "AS")) {
                alias = expr.back().value;
                expr.resize(expr.size() - 2);
            } else if (expr.size() >= 2 && expr.back().identRef && expr.back().qualifier.isEmpty()
                       && expr[expr.size() - 2].primary) {
                alias = expr.back().value;
                expr.pop_back();
            }
            const Term whole = combine(expr);
            QString name = alias;
            if (name.isEmpty()) {
                if (whole.identRef) {
                    name = whole.value;
                } else {
                    // Unaliased computed item: name it as written, as Logfire users read it.
                    const QString written = sourceText(whole.src, whole.srcEnd);
                    if (written != renderPieces(whole.pieces)) {
                        Term as;
                        as.kind = Kind::Keyword;
                        as.value = QStringLiteral("AS");
                        as.pieces = {{QStringLiteral("AS ") + quoteIdent(written), whole.srcEnd}};
                        as.src = as.srcEnd = whole.srcEnd;
                        terms.insert(terms.begin() + qsizetype(b), as);
                    }
                    name = written;
                }
            }
            if (whole.kind == Kind::Timestamp) {
                m_timestampNames.insert(name.toLower());
                if (depth == 0)
                    m_outerTimestampColumns.insert(name);
            }
        }
    }
}

Result<std::vector<Term>> Translator::sequence(const std::vector<Node> &nodes, int depth)
{
    std::vector<Term> terms;
    size_t i = 0;
    while (i < nodes.size()) {
        auto p = primary(nodes, i, depth);
        if (!p)
            return p.error();
        if (p.value()) {
            terms.push_back(std::move(*p.value()));
            continue;
        }
        const Token &tok = nodes[i].tok;
        if (tok.type == Tok::Ident) {
            Term kw;
            kw.kind = Kind::Keyword;
            kw.value = tok.text.toUpper();
            kw.pieces = {{kw.value, tok.pos}};
            kw.src = tok.pos;
            kw.srcEnd = tok.end;
            terms.push_back(std::move(kw));
        } else {
            if (tok.text == QLatin1String(";"))
                return errorAt(Error::Code::SqlSyntax, Tr::tr("Only one statement per query"),
                               tok.pos);
            if (tok.text == QLatin1String("?") || tok.text == QLatin1String("->")
                || tok.text == QLatin1String("->>") || tok.text == QLatin1String("::"))
                return errorAt(Error::Code::SqlSyntax,
                               Tr::tr("'%1' needs an expression on its left").arg(tok.text),
                               tok.pos);
            Term o = op(tok.text == QLatin1String("==") ? QStringLiteral("=") : tok.text, tok.pos);
            terms.push_back(std::move(o));
        }
        ++i;
    }
    if (auto s = rewriteOperators(terms); !s)
        return s.error();
    analyseSelectLists(terms, depth);
    return terms;
}

Result<Translation> Translator::showColumns(const std::vector<Token> &tokens)
{
    // SHOW COLUMNS FROM|IN <table>: Logfire's information_schema shape.
    if (tokens.size() != 4 || tokens[1].text.compare(QLatin1String("COLUMNS"), Qt::CaseInsensitive)
        || (tokens[2].text.compare(QLatin1String("FROM"), Qt::CaseInsensitive)
            && tokens[2].text.compare(QLatin1String("IN"), Qt::CaseInsensitive)))
        return errorAt(Error::Code::Unsupported,
                       Tr::tr("Only SHOW COLUMNS FROM <table> is supported"), tokens[0].pos);
    const QString table = tokens[3].text.toLower();
    QString base;
    if (table == QLatin1String("records") || table == QLatin1String("records_all"))
        base = QStringLiteral("_records");
    else if (table == QLatin1String("metrics"))
        base = QStringLiteral("_metrics");
    else
        return errorAt(
            Error::Code::NotFound,
            Tr::tr("Unknown table '%1' (records, records_all, metrics)").arg(tokens[3].text),
            tokens[3].pos);
    Translation t;
    t.sql = QStringLiteral(
                "SELECT 'datafusion' AS table_catalog, 'public' AS table_schema, '%1' AS "
                "table_name, name AS column_name, CASE WHEN name = 'level' THEN 'UInt16' "
                "WHEN upper(type) = 'TIMESTAMP' THEN 'Timestamp(Microsecond, Some(\"UTC\"))' "
                "WHEN upper(type) IN ('TEXT', 'JSON', 'JSON TEXT') THEN 'Utf8' WHEN upper(type) IN "
                "('LIST', 'LIST TEXT') THEN "
                "'List(Utf8)' WHEN upper(type) = 'INTEGER' THEN 'Int64' WHEN upper(type) = "
                "'DOUBLE' THEN 'Float64' WHEN upper(type) = 'BOOLEAN' THEN 'Boolean' ELSE type END "
                "AS data_type, CASE WHEN \"notnull\" THEN 'NO' ELSE 'YES' END AS is_nullable FROM "
                "pragma_table_info('%2') WHERE substr(name, 1, 1) != '_' ORDER BY cid")
                .arg(table, base);
    t.positions.emplace_back(0, 0);
    return t;
}

Result<Translation> Translator::run()
{
    auto tokens = tokenize(m_source);
    if (!tokens)
        return tokens.error();
    auto &toks = tokens.value();
    while (!toks.empty() && toks.back().type == Tok::Op && toks.back().text == QLatin1String(";"))
        toks.pop_back();
    if (toks.empty())
        return Error::make(Error::Code::SqlSyntax, Tr::tr("The query is empty."), 0);
    const QString first = toks.front().text.toUpper();
    if (toks.front().type == Tok::Ident && first == QLatin1String("SHOW"))
        return showColumns(toks);
    static const QSet<QString> allowed {QStringLiteral("SELECT"), QStringLiteral("WITH"),
                                        QStringLiteral("VALUES")};
    const bool paren = toks.front().type == Tok::Op && toks.front().text == QLatin1String("(");
    if (!paren && (toks.front().type != Tok::Ident || !allowed.contains(first)))
        return Error::make(Error::Code::Unsupported,
                           Tr::tr("Queries are read-only: only SELECT, WITH and SHOW "
                                  "COLUMNS are allowed, not %1.")
                               .arg(toks.front().text),
                           toks.front().pos);
    size_t i = 0;
    auto tree = buildTree(toks, i, QChar(), 0);
    if (!tree)
        return tree.error();
    auto terms = sequence(tree.value(), 0);
    if (!terms)
        return terms.error();

    Translation out;
    QString sql;
    for (const auto &t : terms.value()) {
        for (const auto &p : t.pieces) {
            if (!sql.isEmpty())
                sql += QLatin1Char(' ');
            out.positions.emplace_back(int(sql.size()), p.src);
            sql += p.text;
        }
    }
    out.sql = std::move(sql);
    out.timestampColumns = m_outerTimestampColumns;
    return out;
}

} // namespace

int Translation::sourcePosition(int translatedOffset) const
{
    if (translatedOffset < 0 || positions.empty())
        return -1;
    auto it = std::upper_bound(positions.begin(), positions.end(), translatedOffset,
                               [](int off, const auto &p) { return off < p.first; });
    if (it == positions.begin())
        return positions.front().second;
    return std::prev(it)->second;
}

Result<Translation> translateLogfireSql(const QString &sql, const TranslateOptions &options)
{
    Translator t(sql, options);
    return t.run();
}

bool isInternalColumn(const QString &name)
{
    for (const auto &h : kHotColumns) {
        if (name == QLatin1String(h.column))
            return true;
    }
    return false;
}

} // namespace hearth::core
