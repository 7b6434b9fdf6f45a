using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseAssignee : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssigneeName",
                table: "CaseUnits",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AssigneeUserId",
                table: "CaseUnits",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_AssigneeUserId",
                table: "CaseUnits",
                column: "AssigneeUserId",
                filter: "\"AssigneeUserId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_AssigneeUserId",
                table: "CaseUnits");

            migrationBuilder.DropColumn(
                name: "AssigneeName",
                table: "CaseUnits");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "CaseUnits");
        }
    }
}
