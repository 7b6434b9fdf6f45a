using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Analysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceivedAt",
                table: "Cases");

            migrationBuilder.AddColumn<int>(
                name: "ReceivedDay",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The received day on China's clock (UTC+8, no daylight saving) for the cases already stored.
            migrationBuilder.Sql("""UPDATE "Cases" SET "ReceivedDay" = to_char("ReceivedAt" AT TIME ZONE 'UTC' + interval '8 hours', 'YYYYMMDD')::int;""");

            migrationBuilder.CreateTable(
                name: "AnalysisWarnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SubjectId = table.Column<int>(type: "integer", nullable: true),
                    SubjectName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WindowFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Observed = table.Column<int>(type: "integer", nullable: false),
                    Expected = table.Column<double>(type: "double precision", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Seasonal = table.Column<double>(type: "double precision", nullable: false),
                    SensitivePeriod = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisWarnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedAnalysisViews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Query = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: true),
                    CategoryId = table.Column<int>(type: "integer", nullable: true),
                    Sigma = table.Column<double>(type: "double precision", nullable: false),
                    MinCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SensitivePeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnalysisWarningCases",
                columns: table => new
                {
                    WarningId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "IX_Cases_ReceivedAt",
                table: "Cases",
                column: "ReceivedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "ReceivedMonth", "ReceivedDay", "RateFacts", "AcceptDue", "ReplyDue", "Channel", "CategoryId", "RegionId", "VillageId", "LeadUnitId", "Form", "IsCollective", "SkipLevel", "IsRepeat", "IsKeyCase" });

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

            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceivedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReceivedDay",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt",
                table: "Cases",
                column: "ReceivedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "ReceivedMonth", "RateFacts", "AcceptDue", "ReplyDue", "Channel", "CategoryId", "RegionId", "LeadUnitId" });
        }
    }
}
