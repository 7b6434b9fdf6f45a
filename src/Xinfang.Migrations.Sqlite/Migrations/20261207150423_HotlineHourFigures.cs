using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HotlineHourFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls");

            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CaseId",
                table: "HotlineCalls");

            migrationBuilder.CreateTable(
                name: "HotlineHourFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: true),
                    AgentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Offered = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    Abandoned = table.Column<int>(type: "INTEGER", nullable: false),
                    BusyOrFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    Within15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Within20 = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    TalkSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    HandlingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    WithNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Repeats = table.Column<int>(type: "INTEGER", nullable: false),
                    Surveyed = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Waits = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineHourFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HotlineStaleHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hour = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineStaleHours", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls",
                columns: new[] { "CallerHash", "StartAt" },
                filter: "\"CallerHash\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CaseId",
                table: "HotlineCalls",
                column: "CaseId",
                filter: "\"CaseId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineHourFigures_Hour",
                table: "HotlineHourFigures",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineStaleHours_Hour",
                table: "HotlineStaleHours",
                column: "Hour");
        
            // Calls stored before the hourly sums existed: every hour of them is summed on the first read.
            migrationBuilder.Sql("""
                INSERT INTO "HotlineStaleHours" ("Hour") SELECT DISTINCT strftime('%Y-%m-%d %H:00:00', "StartAt") FROM "HotlineCalls"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HotlineHourFigures");

            migrationBuilder.DropTable(
                name: "HotlineStaleHours");

            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls");

            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_CaseId",
                table: "HotlineCalls");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls",
                columns: new[] { "CallerHash", "StartAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CaseId",
                table: "HotlineCalls",
                column: "CaseId");
        }
    }
}
