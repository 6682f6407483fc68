using Sitrep.Aggregation;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// Where analysed articles live. One interface, two backends: a SQLite file (the default) and a
/// PostgreSQL server (shared, many workers). Every write is one transaction per article, so a
/// killed process leaves whole articles or none.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>"sqlite:/path/sitrep.db" or "postgresql://host:port/db" — for messages, never with a password.</summary>
    string Description { get; }

    /// <summary>
    /// Stores an analysed article with its events and labels unless an article with the same content
    /// hash is already there. Safe against concurrent writers: the unique hash decides.
    /// </summary>
    /// <returns>The new article's id, or null when it was already stored.</returns>
    long? Add(Article article, string analysisJson);

    /// <summary>As <see cref="Add(Article, string)"/>, with the analysis already compressed by <see cref="AnalysisBlob.Of"/> or <see cref="AnalysisBlob.Compress"/> (on the caller's core).</summary>
    long? Add(Article article, byte[] compressedAnalysis);

    /// <summary>
    /// Groups the following <see cref="Add"/> calls into one transaction, committed when the returned
    /// scope is disposed: each article is still stored whole or not at all, and a killed process
    /// loses only the uncommitted group (which a re-run stores). Much faster than one commit per article.
    /// </summary>
    IDisposable WriteBatch();

    /// <summary>True when an article with this content hash is stored (lets a worker skip analysis).</summary>
    bool Contains(string contentHash);

    /// <summary>Replaces the events, labels and analysis of a stored article (after dictionaries change).</summary>
    void Replace(long articleId, Article article, string analysisJson);

    int ArticleCount();

    int EventCount();

    StoredArticle? GetArticle(long id);

    /// <summary>Id, key and analyzer version of every stored article, in id order.</summary>
    IReadOnlyList<(long Id, string Key, string AnalyzerVersion)> ArticleIndex();

    IReadOnlyList<EventRecord> Events(EventFilter filter);

    /// <summary>How many events match (ignoring <see cref="EventFilter.Limit"/> and offset).</summary>
    int CountEvents(EventFilter filter);

    IReadOnlyList<LabelCount> Labels(string? source);

    IReadOnlyList<ArticleHit> Search(string query, int limit);

    void SaveCeasefire(Ceasefire ceasefire);

    Ceasefire? GetCeasefire(string name);

    IReadOnlyList<Ceasefire> Ceasefires();
}
