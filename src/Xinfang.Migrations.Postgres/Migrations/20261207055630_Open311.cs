using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Open311 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "IntakeItems",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaUrl",
                table: "IntakeItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Publish",
                table: "IntakeItems",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCode",
                table: "IntakeItems",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Via",
                table: "IntakeItems",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Api");

            // Items before this column: a client's came through the API, the rest from files people imported.
            migrationBuilder.Sql("UPDATE \"IntakeItems\" SET \"Via\" = 'File' WHERE \"ClientId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_CaseNumber",
                table: "IntakeItems",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeItems_Via_At",
                table: "IntakeItems",
                columns: new[] { "Via", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IntakeItems_CaseNumber",
                table: "IntakeItems");

            migrationBuilder.DropIndex(
                name: "IX_IntakeItems_Via_At",
                table: "IntakeItems");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "IntakeItems");

            migrationBuilder.DropColumn(
                name: "MediaUrl",
                table: "IntakeItems");

            migrationBuilder.DropColumn(
                name: "Publish",
                table: "IntakeItems");

            migrationBuilder.DropColumn(
                name: "ServiceCode",
                table: "IntakeItems");

            migrationBuilder.DropColumn(
                name: "Via",
                table: "IntakeItems");
        }
    }
}
