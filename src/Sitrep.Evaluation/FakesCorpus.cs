using System.Globalization;
using CsvHelper;

namespace Sitrep.Evaluation;

/// <summary>Reads the FA-KES CSV. The corpus is read where it lies (../shared), never copied into the project.</summary>
public static class FakesCorpus
{
    public const string DefaultPath = "../shared/corpora/fa-kes/dev.csv";

    public static List<FakesRow> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<FakesRow>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            string label = csv.GetField("date") ?? "";
            DateOnly? date = DateOnly.TryParseExact(label, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            rows.Add(new FakesRow(
                csv.GetField("unit_id") ?? "",
                csv.GetField("article_title") ?? "",
                csv.GetField("article_content") ?? "",
                csv.GetField("source") ?? "",
                date,
                csv.GetField("location") ?? ""));
        }
        return rows;
    }
}
