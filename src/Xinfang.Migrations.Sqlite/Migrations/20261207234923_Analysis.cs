using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Analysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReceivedDay",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The received day on China's clock (UTC+8, no daylight saving) for the cases already stored.
            migrationBuilder.Sql("""UPDATE "Cases" SET "ReceivedDay" = CAST(strftime('%Y%m%d', "ReceivedAt", '+8 hours') AS INTEGER);""");

            migrationBuilder.CreateTable(
                name: "AnalysisWarnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Observed = table.Column<int>(type: "INTEGER", nullable: false),
                    Expected = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Seasonal = table.Column<double>(type: "REAL", nullable: false),
                    SensitivePeriod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisWarnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedAnalysisViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedAnalysisViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedAnalysisViews_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SensitivePeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sigma = table.Column<double>(type: "REAL", nullable: false),
                    MinCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensitivePeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalysisWarningCases",
                columns: table => new
                {
                    WarningId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisWarningCases", x => new { x.WarningId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_AnalysisWarningCases_AnalysisWarnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "AnalysisWarnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnalysisWarningCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisWarningCases_CaseId",
                table: "AnalysisWarningCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisWarnings_Key",
                table: "AnalysisWarnings",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisWarnings_Status_WindowTo",
                table: "AnalysisWarnings",
                columns: new[] { "Status", "WindowTo" });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisWarnings_WindowTo",
                table: "AnalysisWarnings",
                column: "WindowTo");

            migrationBuilder.CreateIndex(
                name: "IX_SavedAnalysisViews_UserId_Name",
                table: "SavedAnalysisViews",
                columns: new[] { "UserId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SensitivePeriods_To",
                table: "SensitivePeriods",
                column: "To");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalysisWarningCases");

            migrationBuilder.DropTable(
                name: "SavedAnalysisViews");

            migrationBuilder.DropTable(
                name: "SensitivePeriods");

            migrationBuilder.DropTable(
                name: "AnalysisWarnings");

            migrationBuilder.DropColumn(
                name: "ReceivedDay",
                table: "Cases");
        }
    }
}
