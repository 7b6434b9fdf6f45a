using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Hotline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HotlineAgents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineAgents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HotlineCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UniqueId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CallerNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CallerHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Destination = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Seat = table.Column<int>(type: "integer", nullable: true),
                    AgentId = table.Column<int>(type: "integer", nullable: true),
                    StartAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnswerAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TalkSeconds = table.Column<int>(type: "integer", nullable: false),
                    Disposition = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Recording = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SurveyScore = table.Column<int>(type: "integer", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotlineCalls_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HotlineSeats",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Device = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineSeats", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "HotlineSeatAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgentId = table.Column<int>(type: "integer", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineSeatAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotlineSeatAssignments_HotlineAgents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "HotlineAgents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HotlineDirectAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: true),
                    KnowledgeUsed = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AgentUserId = table.Column<int>(type: "integer", nullable: false),
                    AgentName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HotlineDirectAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HotlineDirectAnswers_HotlineCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "HotlineCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineAgents_Code",
                table: "HotlineAgents",
                column: "Code",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_HotlineCalls_UniqueId",
                table: "HotlineCalls",
                column: "UniqueId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HotlineDirectAnswers_CallId",
                table: "HotlineDirectAnswers",
                column: "CallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HotlineSeatAssignments_AgentId",
                table: "HotlineSeatAssignments",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_HotlineSeatAssignments_Seat_From",
                table: "HotlineSeatAssignments",
                columns: new[] { "Seat", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_HotlineSeats_Device",
                table: "HotlineSeats",
                column: "Device",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HotlineDirectAnswers");

            migrationBuilder.DropTable(
                name: "HotlineSeatAssignments");

            migrationBuilder.DropTable(
                name: "HotlineSeats");

            migrationBuilder.DropTable(
                name: "HotlineCalls");

            migrationBuilder.DropTable(
                name: "HotlineAgents");
        }
    }
}
