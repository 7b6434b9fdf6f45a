using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
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

            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_StartAt",
                table: "HotlineCalls");

            migrationBuilder.CreateTable(
                name: "HotlineHourFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hour = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: true),
                    AgentId = table.Column<int>(type: "integer", nullable: true),
                    Offered = table.Column<int>(type: "integer", nullable: false),
                    Answered = table.Column<int>(type: "integer", nullable: false),
                    Abandoned = table.Column<int>(type: "integer", nullable: false),
                    BusyOrFailed = table.Column<int>(type: "integer", nullable: false),
                    Within15 = table.Column<int>(type: "integer", nullable: false),
                    Within20 = table.Column<int>(type: "integer", nullable: false),
                    WaitSeconds = table.Column<long>(type: "bigint", nullable: false),
                    TalkSeconds = table.Column<long>(type: "bigint", nullable: false),
                    HandlingSeconds = table.Column<double>(type: "double precision", nullable: false),
                    Resolved = table.Column<int>(type: "integer", nullable: false),
                    WithNumber = table.Column<int>(type: "integer", nullable: false),
                    Repeats = table.Column<int>(type: "integer", nullable: false),
                    Surveyed = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    Waits = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineHourFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HotlineStaleHours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Hour = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_HotlineCalls_StartAt",
                table: "HotlineCalls",
                column: "StartAt")
                .Annotation("Npgsql:IndexMethod", "brin");

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
                INSERT INTO "HotlineStaleHours" ("Hour") SELECT DISTINCT date_trunc('hour', "StartAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM "HotlineCalls"
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

            migrationBuilder.DropIndex(
                name: "IX_HotlineCalls_StartAt",
                table: "HotlineCalls");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CallerHash_StartAt",
                table: "HotlineCalls",
                columns: new[] { "CallerHash", "StartAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_CaseId",
                table: "HotlineCalls",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_StartAt",
                table: "HotlineCalls",
                column: "StartAt");
        }
    }
}
