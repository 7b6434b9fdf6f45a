namespace Xinfang.Core.Performance.Report;

/// <summary>A cell of a printed table; it may span columns and rows (merged cells).</summary>
public sealed record GridCell(string Text, int ColSpan = 1, int RowSpan = 1, bool Bold = false);

/// <summary>A cell placed at its first column.</summary>
public sealed record PlacedCell(int Column, GridCell Cell);

/// <summary>A format-independent table with merged cells: each row lists the cells that start in it; columns covered
/// by a cell spanning from an earlier row are left out. The Word and Excel writers lay it out.</summary>
public sealed class TableGrid(string title, int columns)
{
    private readonly List<List<PlacedCell>> _rows = [];

    public string Title { get; } = title;
    public int Columns { get; } = columns;
    public IReadOnlyList<IReadOnlyList<PlacedCell>> Rows => _rows;

    public TableGrid Row(params (int Column, GridCell Cell)[] cells)
    {
        _rows.Add([.. cells.Select(c => new PlacedCell(c.Column, c.Cell))]);
        return this;
    }

    /// <summary>For each row and column: the cell that starts there, or null where a merged cell covers it (or nothing
    /// is placed). <c>CoveredFromAbove</c> marks columns covered by a cell of an earlier row.</summary>
    public (GridCell? Origin, PlacedCell? CoveredFromAbove)[,] Layout()
    {
        var map = new (GridCell?, PlacedCell?)[_rows.Count, Columns];
        for (var r = 0; r < _rows.Count; r++)
        {
            foreach (var placed in _rows[r])
            {
                if (placed.Column + placed.Cell.ColSpan > Columns)
                {
                    throw new InvalidOperationException($"表格“{Title}”第{r + 1}行的单元格超出{Columns}列。");
                }
                map[r, placed.Column] = (placed.Cell, null);
                for (var below = 1; below < placed.Cell.RowSpan && r + below < _rows.Count; below++)
                {
                    map[r + below, placed.Column] = (null, placed);
                }
            }
        }
        return map;
    }

    /// <summary>The table as plain rows of text (origin cells in place, covered cells empty).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PlainRows()
    {
        var result = new List<IReadOnlyList<string>>();
        foreach (var row in _rows)
        {
            var cells = Enumerable.Repeat("", Columns).ToArray();
            foreach (var placed in row)
            {
                cells[placed.Column] = placed.Cell.Text;
            }
            result.Add(cells);
        }
        return result;
    }
}
